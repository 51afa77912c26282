package dev.gonogo.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.gonogo.model.HeaderField;
import dev.gonogo.model.Problem;
import dev.gonogo.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the document header: the title heading, front matter, and the labelled lines standing before the first
 * section ({@code **Дата:** 2026-01-10}), and derives system, version, date and status from them.
 */
final class HeaderReader {

    /** "x0tta6bl4 v3.4.0-fixed2": a name, then a version of at least two numeric parts. */
    private static final Pattern NAMED_VERSION =
            Pattern.compile("^(?<system>.*?)\\s*\\b[vV]?(?<version>\\d+(?:\\.\\d+)+(?:[-+._][\\p{L}\\p{N}._+-]*)?)");
    /** Characters of a version field searched for the version. */
    private static final int MAX_VERSION_FIELD = 200;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Vocabulary vocabulary;
    private final DateReader dates;
    private final LineIndex lines;
    private final Consumer<Problem> problems;

    HeaderReader(Vocabulary vocabulary, DateReader dates, LineIndex lines, Consumer<Problem> problems) {
        this.vocabulary = vocabulary;
        this.dates = dates;
        this.lines = lines;
        this.problems = problems;
    }

    /**
     * The heading that titles the document: the first heading, when no later heading is at its level or above.
     * Returns {@code null} when the document has no such heading.
     */
    static Heading titleHeading(List<Node> blocks) {
        Heading first = null;
        for (Node block : blocks) {
            if (block instanceof Heading heading) {
                if (first == null) {
                    first = heading;
                } else if (heading.getLevel() <= first.getLevel()) {
                    return null;
                }
            }
        }
        return first;
    }

    Header read(List<Node> blocks, Heading titleHeading) {
        List<HeaderField> fields = new ArrayList<>();
        Heading firstHeading = null;
        for (Node block : blocks) {
            if (block instanceof Heading heading) {
                if (firstHeading == null) {
                    firstHeading = heading;
                }
                if (heading != titleHeading) {
                    break;
                }
            } else if (block instanceof YamlFrontMatterBlock frontMatter) {
                fields.addAll(frontMatter(frontMatter));
            } else if (block instanceof Paragraph paragraph) {
                fields.addAll(paragraphFields(paragraph));
            } else if (block instanceof ListBlock list) {
                fields.addAll(listFields(list));
            }
        }
        String title = firstHeading == null ? "" : HeadingText.cleanTitle(InlineText.of(firstHeading));
        int titleLine = firstHeading == null ? 0 : lines.lineOf(firstHeading.getStartOffset());
        return derive(title, titleLine, fields);
    }

    private Header derive(String title, int titleLine, List<HeaderField> fields) {
        String system = valueOf(fields, FieldKind.SYSTEM).orElse(null);
        String version = null;
        Optional<String> versionField = valueOf(fields, FieldKind.VERSION);
        if (versionField.isPresent()) {
            // a version is found near the start; the regex recurses per ".N" part and is quadratic in length
            Matcher named = NAMED_VERSION.matcher(prefix(versionField.get(), MAX_VERSION_FIELD));
            if (named.find()) {
                version = named.group("version");
                String name = named.group("system").strip();
                if (system == null && !name.isEmpty() && name.length() <= 60) {
                    system = name;
                }
            } else {
                version = versionField.get();
            }
        }
        LocalDate date = valueOf(fields, FieldKind.DATE).map(v -> dates.firstDate(v, null)).orElse(null);
        Status status = valueOf(fields, FieldKind.STATUS).map(vocabulary::statusIn).orElse(Status.NONE);
        return new Header(title, titleLine, fields, system, version, date, status);
    }

    private Optional<String> valueOf(List<HeaderField> fields, FieldKind kind) {
        return fields.stream().filter(f -> vocabulary.fieldIs(kind, f.label()) && !f.value().isBlank())
                .map(HeaderField::value).findFirst();
    }

    private List<HeaderField> paragraphFields(Paragraph paragraph) {
        List<HeaderField> fields = new ArrayList<>();
        for (List<Node> inline : InlineText.lines(paragraph)) {
            InlineText.Labeled labeled = InlineText.labeled(inline);
            if (!labeled.hasLabel()) {
                labeled = InlineText.plainLabeled(labeled.text());
            }
            if (labeled.hasLabel()) {
                fields.add(new HeaderField(labeled.label(), labeled.value(), lines.lineOf(inline.get(0).getStartOffset())));
            }
        }
        return fields;
    }

    private List<HeaderField> listFields(ListBlock list) {
        List<HeaderField> fields = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem && item.getFirstChild() instanceof Paragraph paragraph) {
                InlineText.Labeled labeled = InlineText.labeled(paragraph);
                if (labeled.hasLabel()) {
                    fields.add(new HeaderField(labeled.label(), labeled.value(), lines.lineOf(item.getStartOffset())));
                }
            }
        }
        return fields;
    }

    private List<HeaderField> frontMatter(YamlFrontMatterBlock block) {
        int first = lines.lineOf(block.getStartOffset());
        int last = lines.lineOf(Math.max(block.getStartOffset(), block.getEndOffset() - 1));
        StringBuilder yaml = new StringBuilder();
        for (int line = first + 1; line <= last; line++) {
            String text = lines.line(line);
            if (!text.strip().equals("---") && !text.strip().equals("...")) {
                yaml.append(text).append('\n');
            }
        }
        List<HeaderField> fields = new ArrayList<>();
        try {
            Map<?, ?> map = YAML.readValue(yaml.toString(), Map.class);
            if (map != null) {
                map.forEach((key, value) -> fields.add(new HeaderField(String.valueOf(key), scalar(value),
                        lineOfKey(String.valueOf(key), first, last))));
            }
        } catch (JacksonException e) {
            problems.accept(yamlProblem(e, first, last));
        }
        return fields;
    }

    /**
     * One line on the line the YAML parser stopped at. SnakeYAML's messages span several lines, echoing the text
     * with a caret under it; the report keeps the sentences and drops the echo.
     */
    private static Problem yamlProblem(JacksonException e, int first, int last) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String sentences = message.lines()
                .filter(line -> !line.isBlank() && !line.startsWith(" ") && !line.strip().equals("^"))
                .collect(Collectors.joining("; "));
        int yamlLine = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int line = yamlLine > 0 ? Math.min(last, first + yamlLine) : first;
        return new Problem(line, "front matter is not valid YAML: " + (sentences.isEmpty() ? message : sentences));
    }

    private static String prefix(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static String scalar(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value == null ? "" : String.valueOf(value);
    }

    private int lineOfKey(String key, int first, int last) {
        for (int line = first; line <= last; line++) {
            if (lines.line(line).startsWith(key + ":")) {
                return line;
            }
        }
        return first;
    }
}
