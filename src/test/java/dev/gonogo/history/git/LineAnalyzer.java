package dev.gonogo.history.git;

import dev.gonogo.check.ReviewResult;
import dev.gonogo.history.ReviewAnalyzer;
import dev.gonogo.history.ReviewBuilder;
import dev.gonogo.source.InputException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for read → parse → check that understands three kinds of line, so the git tests do not depend on
 * the real parser: {@code Overall Score: 83.5 (verdict)}, {@code - [ ] item} / {@code - [x] item} (all under
 * "Must Have"), and {@code ERROR: message} (a finding). Bytes that start with 0xFF are undecodable.
 */
final class LineAnalyzer implements ReviewAnalyzer {
    private static final Pattern SCORE = Pattern.compile("Overall Score: ([0-9.]+) \\((.*)\\)");
    private static final Pattern ITEM = Pattern.compile("- \\[([ x])\\] (.*)");

    final AtomicInteger calls = new AtomicInteger();

    @Override
    public ReviewResult analyze(byte[] content, String displayPath) {
        calls.incrementAndGet();
        if (content.length > 0 && content[0] == (byte) 0xFF) {
            throw new InputException(displayPath + ": undecodable bytes");
        }
        ReviewBuilder review = ReviewBuilder.review(displayPath);
        int lineNumber = 0;
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
            lineNumber++;
            Matcher score = SCORE.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (score.matches()) {
                review.stated(score.group(1), score.group(2));
            } else if (item.matches()) {
                review.item(item.group(2), item.group(1).equals("x"), "Must Have");
            } else if (line.startsWith("ERROR: ")) {
                review.finding("test-rule", lineNumber, line.substring(7));
            }
        }
        return review.build();
    }
}
