package dev.gonogo.report;

import dev.gonogo.check.Location;

/** How the plain-text formats print a place: {@code path:line:col}, leaving out what is unknown (0). */
final class Locations {
    private Locations() {
    }

    static String describe(Location location) {
        StringBuilder text = new StringBuilder(location.path());
        if (location.line() > 0) {
            text.append(':').append(location.line());
            if (location.column() > 0) {
                text.append(':').append(location.column());
            }
        }
        return text.toString();
    }
}
