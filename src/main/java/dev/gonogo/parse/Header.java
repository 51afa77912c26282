package dev.gonogo.parse;

import dev.gonogo.model.HeaderField;
import dev.gonogo.model.Status;
import java.time.LocalDate;
import java.util.List;

/**
 * What the top of a document says about it.
 *
 * @param title     the first heading without marks, or empty
 * @param titleLine its line, 0 when there is none
 * @param fields    front matter keys and labelled lines before the first section
 * @param system    the system under review, or {@code null}
 * @param version   its version, or {@code null}
 * @param date      the document's date, or {@code null}
 * @param status    the document's status
 */
record Header(String title, int titleLine, List<HeaderField> fields, String system, String version, LocalDate date,
              Status status) {
    Header {
        fields = List.copyOf(fields);
    }
}
