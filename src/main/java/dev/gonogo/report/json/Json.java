package dev.gonogo.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * The Jackson set-up shared by every JSON gonogo writes (model, findings, SARIF, Code Quality), so all of them
 * look alike and are byte-identical across runs and platforms: two-space indentation, {@code "key": value},
 * {@code \n} line ends whatever the platform, decimals in plain notation ({@code 85.65}, never {@code 8.565E+1}),
 * non-ASCII text written as UTF-8 characters, and a trailing newline.
 */
public final class Json {

    /** Configured once and never changed afterwards; Jackson mappers and writers are thread-safe when so used. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

    private Json() {
    }

    /** The shared mapper, for reading JSON back (tests, schema generation). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes {@code value} pretty-printed followed by a newline; does not close {@code out}. */
    public static void write(Object value, Writer out) throws IOException {
        PRETTY.writeValue(out, value);
        out.write('\n');
        out.flush();
    }

    /** {@link #write} into a string. */
    public static String toString(Object value) {
        try {
            return PRETTY.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** {@link #write} into UTF-8 bytes. */
    public static byte[] toUtf8(Object value) {
        try {
            byte[] json = PRETTY.writeValueAsBytes(value);
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
