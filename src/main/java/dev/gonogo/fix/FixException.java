package dev.gonogo.fix;

import dev.gonogo.source.InputException;

/**
 * {@code --fix} could not be applied safely; the file was left unchanged. The message names file and line. An input
 * error to the CLI (exit 3): the user has to look at the file.
 */
public class FixException extends InputException {
    private static final long serialVersionUID = 1L;

    public FixException(String message) {
        super(message);
    }

    public FixException(String message, Throwable cause) {
        super(message, cause);
    }
}
