package dev.gonogo.cli;

/** The exit codes of every gonogo command, documented in {@code --help} and the README. */
public final class ExitCode {
    /** Success, and no finding at or above the failure threshold. */
    public static final int OK = 0;
    /** Findings at or above the failure threshold ({@code --fail-on}). */
    public static final int FINDINGS = 1;
    /** Wrong command-line usage. */
    public static final int USAGE = 2;
    /**
     * Input error: missing or unreadable file, undecodable bytes, bad configuration. A file that cannot be read does
     * not stop the run: the other files are still checked, and built into the site.
     */
    public static final int INPUT = 3;
    /** Internal error: a bug in gonogo. */
    public static final int INTERNAL = 4;

    /** The text shown at the end of every command's {@code --help}. */
    public static final String HELP = "%nExit codes:%n"
            + "  0  ok%n"
            + "  1  findings at or above the failure threshold (--fail-on)%n"
            + "  2  usage error%n"
            + "  3  input error: missing or unreadable file, undecodable bytes, bad configuration%n"
            + "     (the other files are still checked and published)%n"
            + "  4  internal error%n";

    private ExitCode() {
    }
}
