package dev.gonogo.bench;

import java.util.Comparator;

/**
 * An error the corpus generator planted: the review must raise this error-level finding at this line.
 *
 * @param path file name inside the corpus folder
 * @param rule rule id
 * @param line 1-based line
 */
public record PlantedError(String path, String rule, int line) {
    static final Comparator<PlantedError> ORDER = Comparator.comparing(PlantedError::path)
            .thenComparingInt(PlantedError::line).thenComparing(PlantedError::rule);
}
