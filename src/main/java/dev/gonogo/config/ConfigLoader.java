package dev.gonogo.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gonogo.check.Checker;
import dev.gonogo.check.RuleInfo;
import dev.gonogo.check.rules.Rules;
import dev.gonogo.source.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds and reads {@code gonogo.yml}. Reading is strict: an unknown key, a value of the wrong type or an unknown
 * rule id is an {@link InputException} naming the file, the key and the line, which the CLI turns into exit 3.
 * Thread-safe.
 */
public final class ConfigLoader {

    /** The file name looked for from the checked path upwards. */
    public static final String FILE_NAME = "gonogo.yml";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /** The nearest {@code gonogo.yml} in {@code start}'s folder (or {@code start} itself) and its ancestors. */
    public Optional<Path> find(Path start) {
        Path folder = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The configuration given explicitly, else the one found from {@code start}, else the defaults. */
    public GonogoConfig resolve(Path explicit, Path start) {
        if (explicit != null) {
            return load(explicit);
        }
        return find(start).map(this::load).orElseGet(GonogoConfig::defaults);
    }

    /** Reads a configuration file. */
    public GonogoConfig load(Path file) {
        String name = file.toString().replace('\\', '/');
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": configuration file not found");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read configuration: " + e.getMessage(), e);
        }
        return parse(text, name);
    }

    /** Reads configuration text; {@code name} is what messages call the file. */
    public GonogoConfig parse(String yaml, String name) {
        GonogoConfig config;
        try {
            config = isEmpty(yaml) ? null : YAML.readValue(yaml, GonogoConfig.class);
        } catch (JsonMappingException e) {
            throw new InputException(name + ": " + describe(e, yaml), e);
        } catch (JsonProcessingException e) {
            throw new InputException(name + ": not valid YAML" + at(e.getLocation()) + ": "
                    + e.getOriginalMessage(), e);
        }
        GonogoConfig result = config == null ? GonogoConfig.defaults() : config;
        validate(result, name);
        return result;
    }

    /** Ids a configuration may set: every rule but {@code internal-error}, which reports gonogo's own bugs. */
    public static List<String> configurableRuleIds() {
        return Rules.infos().stream().map(RuleInfo::id).filter(id -> !id.equals(Checker.INTERNAL_ERROR.id())).toList();
    }

    private static void validate(GonogoConfig config, String name) {
        List<String> known = configurableRuleIds();
        for (Map.Entry<String, RuleLevel> rule : config.rules().entrySet()) {
            if (!known.contains(rule.getKey())) {
                throw new InputException(name + ": key 'rules." + rule.getKey() + "': unknown rule; known rules: "
                        + String.join(", ", known));
            }
            if (rule.getValue() == null) {
                throw new InputException(name + ": key 'rules." + rule.getKey() + "': missing level; write one of "
                        + levels());
            }
        }
        for (int i = 0; i < config.verdicts().size(); i++) {
            VerdictBandConfig band = config.verdicts().get(i);
            if (band.verdict() == null || band.verdict().isBlank()) {
                throw new InputException(name + ": key 'verdicts[" + i + "].verdict': missing verdict");
            }
        }
        if (config.tolerance().signum() < 0) {
            throw new InputException(name + ": key 'tolerance': must not be negative, got "
                    + config.tolerance().toPlainString());
        }
    }

    /** True for text with no YAML content at all (only comments or blank lines). */
    private static boolean isEmpty(String yaml) throws JsonProcessingException {
        try (JsonParser parser = YAML.getFactory().createParser(yaml)) {
            return parser.nextToken() == null;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(JsonMappingException e, String yaml) {
        String key = keyPath(e.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key '" + key + "'" + lineOfKey(yaml, unknown.getPropertyName()) + "; allowed here: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
        }
        String where = at(e.getLocation());
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException bad) {
            return "key '" + key + "'" + where + ": " + bad.getMessage();
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "key '" + key + "'" + where + ": '" + invalid.getValue() + "' is not one of "
                    + allowedValues(invalid.getTargetType());
        }
        return "key '" + key + "'" + where + ": " + e.getOriginalMessage();
    }

    private static String keyPath(List<JsonMappingException.Reference> path) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                key.append(key.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                key.append('[').append(reference.getIndex()).append(']');
            }
        }
        return key.length() == 0 ? "(top level)" : key.toString();
    }

    /**
     * " (line N)" for the one line where the key is written; empty when it is written on several lines (Jackson
     * reports where the parser stopped, which for an unknown key is past it).
     */
    private static String lineOfKey(String yaml, String keyName) {
        Pattern key = Pattern.compile("^\\s*(?:-\\s+)?[\"']?" + Pattern.quote(keyName) + "[\"']?\\s*:");
        String[] lines = yaml.split("\\R", -1);
        int found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (key.matcher(lines[i]).find()) {
                if (found >= 0) {
                    return "";
                }
                found = i;
            }
        }
        return found < 0 ? "" : " (line " + (found + 1) + ")";
    }

    private static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static String levels() {
        return RuleLevel.allowed();
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() <= 0 ? "" : " (line " + location.getLineNr() + ")";
    }
}
