package dev.gonogo.fix;

/** {@code --fix} could not be applied safely; the file was left unchanged. The message names file and line. */
public class FixException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FixException(String message) {
        super(message);
    }

    public FixException(String message, Throwable cause) {
        super(message, cause);
    }
}
