package dev.gonogo.source;

/**
 * The line-ending style of a text and its number of lines.
 *
 * <p>A line ends at LF, CRLF or a lone CR (as in CommonMark). The number of lines is the number of line
 * endings, plus one when the text does not end with one: {@code ""} has 0 lines, {@code "a"} and
 * {@code "a\n"} have 1, {@code "a\nb"} has 2.
 *
 * @param style {@code LF}, {@code CRLF}, {@code CR}, {@code mixed} (more than one kind) or {@code none}
 * @param lines the number of lines
 */
record LineEndings(String style, int lines) {
    static final String LF = "LF";
    static final String CRLF = "CRLF";
    static final String CR = "CR";
    static final String MIXED = "mixed";
    static final String NONE = "none";

    static LineEndings of(String text) {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lf++;
            } else if (c == '\r') {
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            }
        }
        int endings = lf + crlf + cr;
        boolean endsWithBreak = length > 0 && (text.charAt(length - 1) == '\n' || text.charAt(length - 1) == '\r');
        int lines = endings + (length > 0 && !endsWithBreak ? 1 : 0);
        return new LineEndings(style(lf, crlf, cr), lines);
    }

    private static String style(int lf, int crlf, int cr) {
        int kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
        if (kinds == 0) {
            return NONE;
        }
        if (kinds > 1) {
            return MIXED;
        }
        return lf > 0 ? LF : crlf > 0 ? CRLF : CR;
    }
}
