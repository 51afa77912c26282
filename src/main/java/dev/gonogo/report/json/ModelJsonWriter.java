package dev.gonogo.report.json;

import dev.gonogo.model.Review;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes reviews as the public model JSON: one object for one review, an array for several. */
public final class ModelJsonWriter {

    /**
     * Writes the reviews, pretty-printed, with a trailing newline.
     *
     * @param reviews at least one review
     * @param out     where to write; not closed
     */
    public void write(List<Review> reviews, Writer out) throws IOException {
        if (reviews.isEmpty()) {
            throw new IllegalArgumentException("no review to write");
        }
        List<ReviewJson> json = reviews.stream().map(ModelJsonMapper::toJson).toList();
        Json.write(json.size() == 1 ? json.get(0) : json, out);
    }

    /** One review as {@link #write} writes it, encoded as UTF-8 by Jackson itself (no string, no Writer). */
    public byte[] toUtf8(Review review) {
        return Json.toUtf8(ModelJsonMapper.toJson(review));
    }
}
