package dev.gonogo.site.cache;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.gonogo.check.ReviewResult;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Writes and reads a review's summary ({@link ReviewResult#outline()}) as JSON, so that an unchanged review need
 * not be parsed again for the index and system pages. The records are written field by field (their components)
 * and read back through their canonical constructors; numbers stay {@link java.math.BigDecimal} with their scale.
 * A test keeps {@code read(write(summary))} equal to the summary over the seed and the generated corpus.
 */
public final class SummaryCodec {
    private final ObjectMapper mapper = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(new SimpleModule("dates")
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addDeserializer(LocalDate.class, new DateDeserializer()))
            .build();

    public byte[] write(ReviewResult summary) throws IOException {
        return mapper.writeValueAsBytes(summary);
    }

    public ReviewResult read(byte[] json) throws IOException {
        return mapper.readValue(json, ReviewResult.class);
    }

    /** ISO dates, as {@link LocalDate#toString()} writes them (the JSR-310 module is not on the class path). */
    private static final class DateDeserializer extends StdDeserializer<LocalDate> {
        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return LocalDate.parse(parser.getValueAsString());
        }
    }
}
