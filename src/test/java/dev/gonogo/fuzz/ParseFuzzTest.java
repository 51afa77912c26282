package dev.gonogo.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gonogo.model.Review;
import dev.gonogo.parse.ReviewParser;
import dev.gonogo.parse.Vocabulary;
import dev.gonogo.source.InputException;
import dev.gonogo.source.SourceDocument;
import dev.gonogo.source.SourceReader;
import java.time.Duration;

/**
 * Bytes as a file holds them → {@link SourceReader} → {@link ReviewParser}. Undecodable bytes may only end in the
 * documented {@link InputException}; anything decodable must parse into a sound model within the time budget.
 */
class ParseFuzzTest {
    private static final SourceReader READER = new SourceReader();
    private static final ReviewParser PARSER = new ReviewParser(Vocabulary.defaults());
    private static final TimeBudget TIME = new TimeBudget(Duration.ofSeconds(10));

    @FuzzTest
    void readAndParse(byte[] bytes) throws Exception {
        SourceDocument document;
        try {
            document = TIME.run(() -> READER.decode(bytes, "fuzz.md"));
        } catch (InputException e) {
            return;
        }
        Review review = TIME.run(() -> PARSER.parse(document));
        Invariants.modelIsSound(review);
    }
}
