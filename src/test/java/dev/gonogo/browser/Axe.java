package dev.gonogo.browser;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core, the accessibility engine, injected into the page open in a {@link Browser}. The script is a pinned
 * test resource ({@code browser/axe/}, with its MPL-2.0 licence), never part of the site.
 */
final class Axe {
    static final String VERSION = "4.14.1";
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(function (results) { done(JSON.stringify(results.violations)); })
              .catch(function (error) { done(JSON.stringify({error: String(error)})); });""";

    private final String source;
    private final ObjectMapper json = new ObjectMapper();

    Axe() {
        String name = "browser/axe/axe-" + VERSION + ".min.js";
        try (InputStream in = Objects.requireNonNull(Axe.class.getClassLoader().getResourceAsStream(name), name)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical violations on the page open in {@code browser}. */
    List<Violation> blockingViolations(Browser browser) {
        browser.script(source);
        Object result = browser.driver().executeAsyncScript(RUN);
        try {
            if (String.valueOf(result).startsWith("{")) {
                throw new IllegalStateException("axe failed: " + result);
            }
            List<Violation> violations = List.of(json.readValue(String.valueOf(result), Violation[].class));
            return violations.stream().filter(v -> BLOCKING.contains(v.impact())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable axe result: " + result, e);
        }
    }

    /** One rule broken by one or more elements, as axe reports it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Violation(String id, String impact, String help, List<Node> nodes) {
        @Override
        public String toString() {
            return impact + " " + id + " (" + help + "): " + nodes.stream().map(Node::toString)
                    .collect(Collectors.joining("; "));
        }
    }

    /** An element that breaks a rule: its CSS selector and axe's summary of what to fix. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Node(List<Object> target, String failureSummary) {
        @Override
        public String toString() {
            return target + " " + String.valueOf(failureSummary).replace('\n', ' ');
        }
    }
}
