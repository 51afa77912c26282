package dev.gonogo.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.gonogo.model.Matrix;
import dev.gonogo.model.Problem;
import dev.gonogo.model.Review;
import dev.gonogo.model.ScoreStatement;
import dev.gonogo.model.Status;
import dev.gonogo.source.SourceDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a decoded review into the model. Structure-driven: the matrix is found by its columns, the checklist by
 * its task items, metrics by their label/value shape under a metrics heading; words come from the
 * {@link Vocabulary}. Never throws on bad Markdown; reuse one instance across threads.
 */
public final class ReviewParser {

    private final Vocabulary vocabulary;
    private final Parser markdown;
    private final DateReader dates;
    private final QuantityReader quantities;
    private final ScoreText scores;
    private final ScoreStatementReader statements;
    private final ChecklistCollector checklist;
    private final MetricCollector metrics;
    private final RecommendationReader recommendations;
    private final SectionFacts facts;
    private final BarChartReader barCharts;

    public ReviewParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.markdown = Parser.builder(MarkdownSyntax.options()).build();
        this.dates = new DateReader(vocabulary);
        this.quantities = new QuantityReader(vocabulary);
        this.scores = new ScoreText(vocabulary);
        this.statements = new ScoreStatementReader(vocabulary, scores);
        this.checklist = new ChecklistCollector(vocabulary);
        this.metrics = new MetricCollector(vocabulary, quantities);
        this.recommendations = new RecommendationReader(vocabulary);
        this.facts = new SectionFacts(vocabulary, dates);
        this.barCharts = new BarChartReader(vocabulary);
    }

    /** Parses a document; what could not be read is listed in {@link Review#problems()}. */
    public Review parse(SourceDocument document) {
        return parseKeepingTree(document).review();
    }

    /** Parses a document, keeping the Markdown tree for a renderer of the same text. */
    public ParsedReview parseKeepingTree(SourceDocument document) {
        List<Problem> problems = new ArrayList<>();
        try {
            return parse(document, problems);
        } catch (RuntimeException | StackOverflowError e) {
            // Last resort: a model with the problem rather than a stack trace for the user.
            problems.add(new Problem(0, "the document could not be parsed (" + e.getClass().getSimpleName()
                    + "); please report this with the file"));
            return new ParsedReview(empty(document, problems), null);
        }
    }

    private ParsedReview parse(SourceDocument document, List<Problem> problems) {
        LineIndex lines = new LineIndex(document.text());
        String safeText = MarkdownGuard.defuse(document.text(), lines, problems::add);
        Document tree = markdown.parse(safeText);
        List<Node> blocks = OutlineBuilder.blocks(tree);
        Heading titleHeading = HeaderReader.titleHeading(blocks);
        Header header = new HeaderReader(vocabulary, dates, lines, problems::add).read(blocks, titleHeading);
        Integer year = header.date() == null ? null : header.date().getYear();
        EntryReader entries = new EntryReader(vocabulary, dates, lines, problems::add);
        Outline outline = new OutlineBuilder(vocabulary, lines, entries, dates).build(blocks, titleHeading, year);

        List<Matrix> matrices = matrices(outline, lines, problems);
        List<ScoreStatement> stated = new ArrayList<>(statements.read(lines, outline));
        matrices.stream().map(Matrix::total).filter(Objects::nonNull).forEach(stated::add);
        stated.sort(Comparator.comparingInt(ScoreStatement::line).thenComparingInt(ScoreStatement::column));

        noteIfUnrecognisable(document, blocks, problems);
        Review review = new Review(document.info(), header.title(), header.titleLine(), header.fields(),
                header.system(), header.version(), header.date(), header.status(), outline.sections(),
                checklist.collect(outline), metrics.collect(outline), decisionMatrix(matrices), matrices,
                stated.isEmpty() ? null : stated.get(0), stated, recommendations.read(outline), facts.tests(outline),
                facts.timeline(outline, year), facts.risks(outline), facts.actionItems(outline, year),
                facts.notes(outline), SuppressionReader.read(lines, outline.codeLines()), sorted(problems));
        return new ParsedReview(review, tree);
    }

    /** Every table of scores: Markdown tables, bulleted score lists and text bar charts, in document order. */
    private List<Matrix> matrices(Outline outline, LineIndex lines, List<Problem> problems) {
        MatrixReader tables = new MatrixReader(vocabulary, scores, lines, problems::add);
        List<Matrix> matrices = new ArrayList<>();
        outline.tables().stream().map(tables::read).flatMap(Optional::stream).forEach(matrices::add);
        SectionWalk.all(outline.sections()).stream().map(visit -> ScoreListReader.read(visit.section()))
                .flatMap(Optional::stream).forEach(matrices::add);
        outline.codeBlocks().stream().map(block -> barCharts.read(block, lines)).flatMap(Optional::stream)
                .forEach(matrices::add);
        matrices.sort(Comparator.comparingInt(Matrix::line));
        return matrices;
    }

    /** The first weighted matrix; failing that, the first table of scores. */
    private static Matrix decisionMatrix(List<Matrix> matrices) {
        return matrices.stream().filter(Matrix::weighted).findFirst()
                .orElse(matrices.isEmpty() ? null : matrices.get(0));
    }

    private static void noteIfUnrecognisable(SourceDocument document, List<Node> blocks, List<Problem> problems) {
        if (document.text().isBlank()) {
            problems.add(new Problem(0, "the document is empty"));
        } else if (blocks.stream().noneMatch(b -> b instanceof Heading)) {
            problems.add(new Problem(0, "the document has no headings; is it a review?"));
        }
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
    }

    private static Review empty(SourceDocument document, List<Problem> problems) {
        return new Review(document.info(), "", 0, List.of(), null, null, null, Status.NONE, List.of(), List.of(),
                List.of(), null, List.of(), null, List.of(), null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), problems);
    }
}
