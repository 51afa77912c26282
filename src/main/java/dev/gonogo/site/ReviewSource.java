package dev.gonogo.site;

import dev.gonogo.site.page.ReviewDocument;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The reviews of a build, in source-path order, read a batch at a time: the generator writes a batch's pages and
 * then keeps only their summaries, so a build of 10,000 reviews never holds 10,000 full texts and models.
 */
public interface ReviewSource {

    /** How many reviews there are. */
    int size();

    /** Reviews {@code from} (inclusive) to {@code to} (exclusive), in source-path order, fully read and checked. */
    List<ReviewDocument> load(int from, int to);

    /** The reviews at {@code indices}, in that order, fully read and checked. */
    default List<ReviewDocument> load(List<Integer> indices) {
        return indices.stream().map(index -> load(index, index + 1).get(0)).toList();
    }

    /**
     * A digest of review {@code index}'s path and bytes, without parsing it, for the render cache; empty when the
     * review has no bytes to digest (it is then always rendered).
     */
    default Optional<String> digest(int index) {
        return Optional.empty();
    }

    /** Documents already in memory, in any order. */
    static ReviewSource of(List<ReviewDocument> documents) {
        List<ReviewDocument> byPath = documents.stream()
                .sorted(Comparator.comparing(d -> d.result().review().source().path()))
                .toList();
        return new ReviewSource() {
            @Override
            public int size() {
                return byPath.size();
            }

            @Override
            public List<ReviewDocument> load(int from, int to) {
                return byPath.subList(from, to);
            }
        };
    }
}
