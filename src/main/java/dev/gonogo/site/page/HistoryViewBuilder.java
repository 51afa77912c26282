package dev.gonogo.site.page;

import dev.gonogo.history.Milestone;
import dev.gonogo.history.git.HistoryPoint;
import dev.gonogo.history.git.ReviewHistory;
import dev.gonogo.site.SiteHistory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Fills the {@link HistoryView} of a review page from its git history. Pure. */
public final class HistoryViewBuilder {
    private final Messages msg;

    public HistoryViewBuilder(Messages msg) {
        this.msg = msg;
    }

    public HistoryView build(Optional<SiteHistory.Section> section) {
        if (section.isEmpty()) {
            return HistoryView.NONE;
        }
        ReviewHistory history = section.get().history();
        List<Milestone> milestones = history.milestones();
        List<HistoryView.Row> rows = new ArrayList<>();
        List<HistoryPoint> points = history.points();
        for (int i = points.size() - 1; i >= 0; i--) {
            rows.add(row(points.get(i), marks(milestones, i)));
        }
        return new HistoryView(true, history.note(), rows, section.get().charts());
    }

    private HistoryView.Row row(HistoryPoint point, List<String> marks) {
        return new HistoryView.Row(point.date().toLocalDate().toString(), point.shortId(), point.author(),
                point.subject(), point.path(), number(point.stated()), number(point.computed()), point.verdict(),
                point.openMustHaves(), point.errors(), point.version().problem(), marks);
    }

    private List<String> marks(List<Milestone> milestones, int index) {
        return milestones.stream().filter(m -> m.index() == index).map(this::mark).toList();
    }

    private String mark(Milestone milestone) {
        return switch (milestone.kind()) {
            case VERDICT_CHANGED -> msg.text("history.mark.verdict");
            case ERRORS_APPEARED -> msg.text("history.mark.errorsAppeared");
            case ERRORS_FIXED -> msg.text("history.mark.errorsFixed");
        };
    }

    private static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
