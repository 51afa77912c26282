package dev.gonogo.cli;

import dev.gonogo.check.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** {@code --fail-on}: the least severe finding that makes {@code check} exit 1, or {@code none}. */
record FailThreshold(Optional<Severity> severity) {

    /** Reads {@code error}, {@code warning}, {@code info} or {@code none}. */
    static final class Converter implements CommandLine.ITypeConverter<FailThreshold> {
        @Override
        public FailThreshold convert(String value) {
            String id = value.strip().toLowerCase(Locale.ROOT);
            if (id.equals("none")) {
                return new FailThreshold(Optional.empty());
            }
            return Arrays.stream(Severity.values()).filter(s -> s.id().equals(id)).findFirst()
                    .map(s -> new FailThreshold(Optional.of(s)))
                    .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value + "' is not one of "
                            + Arrays.stream(Severity.values()).map(Severity::id).collect(Collectors.joining(", "))
                            + ", none"));
        }
    }

    /** The threshold as {@link dev.gonogo.check.CheckResult#failsAt} takes it: {@code null} for none. */
    Severity orNull() {
        return severity.orElse(null);
    }
}
