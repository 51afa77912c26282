package dev.gonogo.report.json;

/** Descriptions shared by many DTO properties, so the schema says the same thing the same way. */
final class JsonText {
    static final String LINE = "1-based source line.";
    static final String MARK = "The status mark exactly as written (an emoji, [x], a word such as PASS or Готово); "
            + "empty when none.";
    static final String STATE = "The normalised meaning of the mark.";

    private JsonText() {
    }
}
