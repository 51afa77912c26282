package dev.gonogo.site;

/**
 * Something the user has to fix before a site can be built: an unsafe output folder, an unreadable theme.
 * The message is one line; the command line maps it to the input-error exit code.
 */
public class SiteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SiteException(String message) {
        super(message);
    }

    public SiteException(String message, Throwable cause) {
        super(message, cause);
    }
}
