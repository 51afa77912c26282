package dev.gonogo.history;

import dev.gonogo.check.ReviewResult;

/**
 * Reads, parses and checks one version of a review given as bytes — a file on disk or a blob from git. The caller
 * wires it from the reader, the parser and the configured rules, so history and diff check old versions exactly
 * as {@code gonogo check} checks the current one.
 */
@FunctionalInterface
public interface ReviewAnalyzer {

    /**
     * Analyses one version.
     *
     * @param content     the file's bytes
     * @param displayPath how findings name the file ({@code content/a.md}, {@code HEAD~1:content/a.md})
     * @throws dev.gonogo.source.InputException when the bytes cannot be decoded
     */
    ReviewResult analyze(byte[] content, String displayPath);
}
