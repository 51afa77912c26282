package dev.gonogo.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written in review text: {@code 2026-01-10}, {@code 10.01.2026}, {@code Jan 7, 2026},
 * {@code Jan 7-8, 2026} (the first day), {@code January 10, 2026}, {@code 10 января 2026}, and {@code Jan 8},
 * whose year comes from the context (a heading, the document's date).
 */
final class DateReader {

    /** A date as written and, when its year is known or inferable, as a date. */
    record WrittenDate(String text, LocalDate date, int start) {
    }

    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–—]\\s*\\d{1,2}(?:st|nd|rd|th)?)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})(?!\\d)";

    private final Phrases<Integer> months;
    private final Pattern pattern;

    DateReader(Vocabulary vocabulary) {
        this.months = vocabulary.months();
        String month = "(?<month>" + months.alternation() + ")\\.?";
        String monthFirst = month + "\\s+" + DAY.replace("day>", "day2>") + "(?!\\d)(?:,?\\s+" + YEAR.replace("year>", "year2>") + ")?";
        String dayFirst = DAY.replace("day>", "day3>") + "\\.?\\s+" + month.replace("month>", "month3>")
                + "(?:,?\\s+" + YEAR.replace("year>", "year3>") + ")?";
        String iso = "(?<isoYear>(?:19|20)\\d{2})-(?<isoMonth>\\d{1,2})-(?<isoDay>\\d{1,2})(?!\\d)";
        String dotted = "(?<dotDay>\\d{1,2})\\.(?<dotMonth>\\d{1,2})\\.(?<dotYear>(?:19|20)\\d{2})(?!\\d)";
        this.pattern = Pattern.compile("(?<![\\p{N}.])(?:" + iso + "|" + dotted + "|" + monthFirst + "|" + dayFirst + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first date in the text; a date without a year takes {@code contextYear} (or stays without a date). */
    Optional<WrittenDate> find(String text, Integer contextYear) {
        if (!Numbers.hasDigit(text)) {
            return Optional.empty();
        }
        int nextMonth = nextMonth(text, 0);
        if (nextMonth < 0 && digitRuns(text) < 3) {
            return Optional.empty(); // without a month's name a date is written in three numbers
        }
        // The pattern is tried only where a date can start (a run of digits, a month's name) instead of by
        // Matcher.find at every character: that search was the parser's costliest regex. Transparent bounds keep
        // the look-behind seeing the text before the region.
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (true) {
            int start = nextDigitRun(text, from);
            if (nextMonth >= 0 && nextMonth < from) {
                nextMonth = nextMonth(text, from);
            }
            if (nextMonth >= 0 && (start < 0 || nextMonth < start)) {
                start = nextMonth;
            }
            if (start < 0) {
                return Optional.empty();
            }
            if (m.region(start, text.length()).lookingAt()) {
                Optional<WrittenDate> found = toDate(m, contextYear);
                if (found.isPresent()) {
                    return found;
                }
                from = Math.max(m.end(), start + 1);
            } else {
                from = start + 1;
            }
        }
    }

    private int nextMonth(String text, int from) {
        return months.find(text, from).map(Phrases.Match::start).orElse(-1);
    }

    /** Where the next run of ASCII digits (the only digits the pattern reads) starts, or -1. */
    private static int nextDigitRun(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isAsciiDigit(text.charAt(i)) && (i == 0 || !isAsciiDigit(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static int digitRuns(String text) {
        int runs = 0;
        for (int start = nextDigitRun(text, 0); start >= 0; start = nextDigitRun(text, start + 1)) {
            runs++;
        }
        return runs;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The date of the first date in the text, or {@code null}. */
    LocalDate firstDate(String text, Integer contextYear) {
        return find(text, contextYear).map(WrittenDate::date).orElse(null);
    }

    private Optional<WrittenDate> toDate(Matcher m, Integer contextYear) {
        String written = m.group().strip();
        if (m.group("isoYear") != null) {
            return build(written, m.start(), number(m, "isoYear"), number(m, "isoMonth"), number(m, "isoDay"));
        }
        if (m.group("dotYear") != null) {
            return build(written, m.start(), number(m, "dotYear"), number(m, "dotMonth"), number(m, "dotDay"));
        }
        boolean monthFirst = m.group("month") != null;
        int month = monthNumber(m.group(monthFirst ? "month" : "month3"));
        int day = number(m, monthFirst ? "day2" : "day3");
        String yearText = m.group(monthFirst ? "year2" : "year3");
        Integer year = yearText != null ? Integer.valueOf(yearText) : contextYear;
        if (year == null) {
            return validDay(month, day) ? Optional.of(new WrittenDate(written, null, m.start())) : Optional.empty();
        }
        return build(written, m.start(), year, month, day);
    }

    private int monthNumber(String written) {
        return months.find(written).map(Phrases.Match::meaning).orElse(0);
    }

    private static boolean validDay(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static Optional<WrittenDate> build(String written, int start, int year, int month, int day) {
        try {
            return Optional.of(new WrittenDate(written, LocalDate.of(year, month, day), start));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }
}
