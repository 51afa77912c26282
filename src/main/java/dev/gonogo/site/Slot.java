package dev.gonogo.site;

import dev.gonogo.site.cache.RenderCache;
import dev.gonogo.site.page.PlannedReview;
import dev.gonogo.site.page.ReviewDocument;
import dev.gonogo.site.page.SitePlanner;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One review of a build's batch: its place in the source, its render-cache key ({@code null}: not cached) and what
 * the published site holds for it, if anything.
 */
record Slot(int index, String key, Optional<RenderCache.Hit> hit) {

    /** Digests each review's bytes and looks it up in the cache, in parallel: reading the files is most of this. */
    static List<Slot> lookUp(ReviewSource source, int from, int to, RenderCache cache) {
        return IntStream.range(from, to).parallel().mapToObj(index -> {
            String key = cache.enabled() ? source.digest(index).map(cache::key).orElse(null) : null;
            return new Slot(index, key, key == null ? Optional.empty() : cache.find(key));
        }).toList();
    }

    /** Names the pages of a batch in path order: cached reviews by their summaries, the others read in full. */
    static List<PlannedReview> plan(ReviewSource source, List<Slot> slots, SitePlanner planner) {
        List<Integer> misses = slots.stream().filter(slot -> slot.hit().isEmpty()).map(Slot::index).toList();
        Iterator<ReviewDocument> loaded = source.load(misses).iterator();
        List<PlannedReview> planned = new ArrayList<>();
        for (Slot slot : slots) {
            planned.add(planner.add(slot.hit()
                    .map(hit -> new ReviewDocument(hit.summary(), ""))
                    .orElseGet(loaded::next)));
        }
        return planned;
    }
}
