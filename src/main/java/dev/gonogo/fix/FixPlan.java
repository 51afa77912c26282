package dev.gonogo.fix;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What {@code --fix} will change in one file.
 *
 * @param path         the file's display path
 * @param edits        the replacements, in file order; empty when nothing needs fixing
 * @param original     the file's bytes as read
 * @param fixed        the bytes to write ({@code original} when there are no edits)
 * @param originalText the decoded text before, for the diff
 * @param fixedText    the decoded text after
 */
public record FixPlan(String path, List<Edit> edits, byte[] original, byte[] fixed, String originalText,
                      String fixedText) {
    public FixPlan {
        Objects.requireNonNull(path, "path");
        edits = List.copyOf(edits);
        original = original.clone();
        fixed = fixed.clone();
        Objects.requireNonNull(originalText, "originalText");
        Objects.requireNonNull(fixedText, "fixedText");
    }

    public boolean changesAnything() {
        return !edits.isEmpty();
    }

    @Override
    public byte[] original() {
        return original.clone();
    }

    @Override
    public byte[] fixed() {
        return fixed.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FixPlan plan && path.equals(plan.path) && edits.equals(plan.edits)
                && Arrays.equals(original, plan.original) && Arrays.equals(fixed, plan.fixed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, edits, Arrays.hashCode(original), Arrays.hashCode(fixed));
    }

    @Override
    public String toString() {
        return "FixPlan[" + path + ", " + edits + "]";
    }
}
