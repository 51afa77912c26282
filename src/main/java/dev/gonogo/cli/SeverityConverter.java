package dev.gonogo.cli;

import dev.gonogo.check.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** Reads a severity as written on the command line and in reports: {@code error}, {@code warning}, {@code info}. */
final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
        String id = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Severity.values()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value + "' is not a severity ("
                        + Arrays.stream(Severity.values()).map(Severity::id).collect(Collectors.joining(", "))
                        + ")"));
    }
}
