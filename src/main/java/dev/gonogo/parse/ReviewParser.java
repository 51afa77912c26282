package dev.gonogo.parse;

import dev.gonogo.model.Review;
import dev.gonogo.source.SourceDocument;

/** Turns a decoded review into the model. Never throws on bad Markdown; reuse one instance across threads. */
public final class ReviewParser {

    public ReviewParser(Vocabulary vocabulary) {
    }

    /** Parses a document; what could not be read is listed in {@link Review#problems()}. */
    public Review parse(SourceDocument document) {
        throw new UnsupportedOperationException("not built yet");
    }
}
