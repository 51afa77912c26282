package dev.gonogo.site.page;

/**
 * One review in a table of reviews (index and system pages).
 *
 * @param title     the document's title
 * @param system    the system, empty when unknown
 * @param version   the version, empty when unknown
 * @param rank      the review's place in its system's version order, for sorting by version
 * @param date      ISO date, empty when unknown
 * @param status    the document's status
 * @param stated    the stated score on its scale, empty when none
 * @param computed  the computed score at the stated precision, empty when none
 * @param mismatch  whether they disagree
 * @param tone      the verdict's tone ({@code go}, {@code conditional}, {@code no-go}, {@code unknown})
 * @param toneLabel the tone in the interface language
 * @param verdict   the recommendation (or the verdict beside the score) as written
 * @param counts    findings by severity
 * @param link      link to the review page from the page showing the row
 */
public record ReviewRow(String title, String system, String version, int rank, String date, StatusView status,
                        String stated, String computed, boolean mismatch, String tone, String toneLabel,
                        String verdict, SeverityCounts counts, String link) {
}
