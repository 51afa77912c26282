package dev.gonogo.config;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.gonogo.check.VerdictBand;
import java.math.BigDecimal;
import java.util.List;

/**
 * One verdict band of {@code gonogo.yml}.
 *
 * @param verdict the verdict as reviews write it
 * @param min     the lowest score in percent that earns it (inclusive); 0 when absent
 * @param aliases other spellings of the same verdict
 */
@JsonClassDescription("A verdict and the lowest score (percent) that earns it.")
public record VerdictBandConfig(
        @JsonProperty(required = true)
        @JsonPropertyDescription("The verdict as reviews write it, e.g. 'Go with conditions'.") String verdict,
        @JsonPropertyDescription("Lowest score in percent (inclusive) that earns this verdict; 0 when absent.")
        BigDecimal min,
        @JsonPropertyDescription("Other ways reviews write this verdict, e.g. 'GO с условиями'.")
        List<String> aliases) {

    public VerdictBandConfig {
        min = min == null ? BigDecimal.ZERO : min;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    VerdictBand toBand() {
        return new VerdictBand(verdict, min, aliases);
    }
}
