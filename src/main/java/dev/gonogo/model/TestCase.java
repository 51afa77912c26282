package dev.gonogo.model;

import java.util.List;
import java.util.Objects;

/**
 * A test described under its own heading ({@code ### 3. Stability Test ⏳}) with its fields.
 *
 * @param name   the test's name, numbering and status mark removed
 * @param status the status written in the heading, or in a status field when the heading has none
 * @param line   1-based line of the heading
 * @param fields the items under the heading (Дата, Результат, Статус …)
 */
public record TestCase(String name, Status status, int line, List<Entry> fields) implements SourceLine {
    public TestCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        fields = List.copyOf(fields);
    }
}
