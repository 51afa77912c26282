package dev.gonogo.history.git;

import dev.gonogo.history.VersionSummary;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One committed version of a review.
 *
 * @param date     when the author made the change, in the author's time zone
 * @param commitId the full commit id
 * @param shortId  the first seven hex digits of the commit id
 * @param author   the author's name
 * @param subject  the first line of the commit message
 * @param path     the file's path in that commit (it differs from today's path before a rename)
 * @param version  what that version says: scores, verdict, open must-haves, findings
 */
public record HistoryPoint(OffsetDateTime date, String commitId, String shortId, String author, String subject,
                           String path, VersionSummary version) {
    public HistoryPoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(commitId, "commitId");
        Objects.requireNonNull(shortId, "shortId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(version, "version");
    }

    public BigDecimal stated() {
        return version.stated();
    }

    public BigDecimal computed() {
        return version.computed();
    }

    public String verdict() {
        return version.verdict();
    }

    public int openMustHaves() {
        return version.openMustHaves();
    }

    public int errors() {
        return version.errors();
    }
}
