package dev.gonogo.source;

/**
 * An input the user has to fix: a missing or unreadable file, undecodable bytes, a bad configuration.
 * The message is one line naming the file and what is wrong; the CLI maps it to exit code 3.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
