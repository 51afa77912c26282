package dev.gonogo.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * One generated review: the seed's lines with its system, version, date, metric values, checkbox states, matrix
 * and stated score replaced. Every replacement keeps the seed's line count, so the line of each planted error is
 * the seed's line. The seed's own contradictions (the stability test and failure injection said to be both done
 * and pending) are resolved one way or the other, so a variant's only errors are the planted ones.
 */
final class SeedVariant {
    /** Checklist items stated nowhere else in the seed: flipping one cannot contradict another line. */
    private static final List<String> FLIPPABLE = List.of("Code Quality", "Test Coverage", "Unit Tests",
            "Integration Tests", "Helm Charts", "Docker Images", "CI/CD", "Deployment Scripts", "Rollback Scripts",
            "Distributed Tracing", "Incident Response Plan");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<String> lines;
    private final SplittableRandom random;

    private SeedVariant(List<String> seedLines, SplittableRandom random) {
        this.lines = new ArrayList<>(seedLines);
        this.random = random;
    }

    /**
     * Builds a variant of the seed.
     *
     * @param seedLines the clean seed, one element per line
     * @param spec      what to write
     * @param random    where the incidental values (metrics, checkboxes) come from
     * @return the variant's lines
     */
    static List<String> of(List<String> seedLines, VariantSpec spec, SplittableRandom random) {
        SeedVariant variant = new SeedVariant(seedLines, random);
        variant.header(spec);
        variant.metrics(spec);
        variant.checkboxes();
        variant.testProgress(spec.testsDone());
        variant.matrix(spec);
        return List.copyOf(variant.lines);
    }

    private void header(VariantSpec spec) {
        // two trailing spaces: the seed's Markdown line break between the header fields
        replace("**Дата:** ", line -> "**Дата:** " + spec.date() + (spec.testsDone() ? "" : " (планируется)") + "  ");
        replace("**Версия:** x0tta6bl4", line -> "**Версия:** " + spec.system() + " v" + spec.version() + "  ");
        replace("- **Версия:** ", line -> "- **Версия:** " + spec.version());
        LocalDate metricsDay = spec.date().minusDays(3);
        replace("## 📈 Текущие Метрики", line -> "## 📈 Текущие Метрики (" + usDate(metricsDay) + ")");
        replace("**Decision Date:**", line -> "**Decision Date:** " + usDate(spec.date()));
    }

    private void metrics(VariantSpec spec) {
        int pods = 3 + random.nextInt(7);
        replace("- **Pods:**", line -> "- **Pods:** " + pods + "/" + pods + " Running");
        replace("- **Error Rate:**", line -> "- **Error Rate:** <" + (1 + random.nextInt(3)) + "% ✅");
        replace("- **Response Time (p95):**", line -> "- **Response Time (p95):** <" + (200 + 50 * random.nextInt(7))
                + "ms ✅");
        replace("- **Throughput:**", line -> String.format(Locale.ROOT, "- **Throughput:** %,d+ msg/sec ✅",
                1_000 + 100 * random.nextInt(90)));
        replace("- **Latency (p95):**", line -> "- **Latency (p95):** <" + (40 + 10 * random.nextInt(10)) + "ms ✅");
        replace("- **Memory per node:**", line -> String.format(Locale.ROOT, "- **Memory per node:** <%.1fMB ✅",
                1 + random.nextInt(40) / 10.0));
        // values at or under their own targets: metric-target must stay silent
        replace("- **MTTD", line -> "- **MTTD (Mean Time To Detect):** <" + (5 + random.nextInt(16))
                + "s ✅ (target: <20s)");
        replace("- **MTTR", line -> "- **MTTR (Mean Time To Recover):** <" + (1 + random.nextInt(3))
                + "min ✅ (target: <3min)");
        replace("- **Security Score:**", line -> "- **Security Score:** " + spec.scores().get(2) + "% ✅");
    }

    private void checkboxes() {
        for (String item : FLIPPABLE) {
            if (random.nextInt(4) != 0) {
                continue;
            }
            String checked = "- [x] **" + item + ":**";
            String open = "- [ ] **" + item + ":**";
            int at = indexOf(checked, open);
            lines.set(at, lines.get(at).startsWith(checked)
                    ? open + " ⚠️ Требует настройки"
                    : checked + " ✅ Готово");
        }
    }

    /** Resolves the seed's contradiction about the two tests: both finished, or both still ahead. */
    private void testProgress(boolean done) {
        if (done) {
            replace("### 3. Stability Test", line -> "### 3. Stability Test ✅");
            replace("- **Статус:** RUNNING", line -> "- **Статус:** ✅ PASS (завершен Jan 8, 00:58 CET)");
            replace("### 4. Failure Injection Tests", line -> "### 4. Failure Injection Tests ✅");
            replace("- **Дата:** Jan 9, 2026", line -> "- **Дата:** Jan 9, 2026");
            replace("- **Статус:** ⏳ Ready", line -> "- **Статус:** ✅ PASS");
            replace("- [ ] **Stability Test:**", line -> "- [x] **Stability Test:** ✅ PASS");
            replace("- [ ] **Failure Injection:**", line -> "- [x] **Failure Injection:** ✅ PASS");
            replace("- **Stability Test:** Running", line -> "- **Stability Test:** ✅ Завершен Jan 8, 00:58 CET");
            replace("- **Failure Injection:** Готов", line -> "- **Failure Injection:** ✅ Выполнен Jan 9");
        } else {
            replace("- ✅ Stability test завершен", line -> "- ⏳ Stability test идёт");
            replace("- ✅ Failure injection tests пройдены", line -> "- ⏳ Failure injection tests запланированы");
            replace("1. ✅ Stability test завершен", line -> "1. ⏳ Stability test завершен успешно (Jan 8)");
            replace("2. ✅ Failure injection tests пройдены", line -> "2. ⏳ Failure injection tests пройдены (Jan 9)");
            replace("1. ✅ Завершить stability test", line -> "1. ⏳ Завершить stability test (Jan 8)");
            replace("2. ✅ Выполнить failure injection", line -> "2. ⏳ Выполнить failure injection tests (Jan 9)");
            for (String step : List.of("- ✅ Stability test завершится", "- ✅ Анализ результатов stability",
                    "- ✅ Подготовка к failure", "- ✅ Failure injection tests (", "- ✅ Анализ результатов",
                    "- ✅ Обновление production", "- ✅ **Production Readiness", "- ✅ Go/No-Go Decision",
                    "- ✅ Если Go", "- ✅ Beta Customer", "- ✅ Production deployment")) {
                replace(step, line -> line.replace("- ✅", "- ⏳"));
            }
        }
    }

    private void matrix(VariantSpec spec) {
        int first = indexOf("| **Technical Readiness** |", null);
        for (int row = 0; row < spec.weights().size(); row++) {
            String[] cells = lines.get(first + row).split("\\|", -1);
            String note = cells[4].contains("(") ? cells[4].substring(cells[4].indexOf('(') - 1).strip() : "";
            if (spec.testsDone() && note.contains("stability")) {
                note = "(all tests passed)";
            }
            lines.set(first + row, "|" + cells[1] + "|" + cells[2] + "| " + spec.weights().get(row) + "% | "
                    + spec.scores().get(row) + "%" + (note.isEmpty() ? "" : " " + note) + " |");
        }
        BigDecimal computed = spec.computedScore();
        replace("**Overall Score:**", line -> "**Overall Score:** **" + spec.statedText() + "%** ("
                + verdict(computed) + ")");
        replace("- Техническая готовность:", line -> "- Техническая готовность: " + spec.scores().get(0) + "%");
        replace("- Security: ", line -> "- Security: " + spec.scores().get(2) + "%");
        replace("- Testing: ", line -> "- Testing: " + spec.scores().get(1) + "% " + (spec.testsDone()
                ? "(all tests passed)" : "(stability test running)"));
    }

    private static String verdict(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "Go";
        }
        return score.compareTo(BigDecimal.valueOf(75)) >= 0 ? "Go with conditions" : "No-Go";
    }

    /** {@code Jan 7, 2026}: how the seed writes dates in its body. */
    private static String usDate(LocalDate date) {
        return String.format(Locale.ROOT, "%s %d, %d",
                date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH),
                date.getDayOfMonth(), date.getYear());
    }

    /** Replaces the first line starting with {@code prefix} (after indentation); the seed must have it. */
    private void replace(String prefix, UnaryOperator<String> change) {
        int at = indexOf(prefix, null);
        lines.set(at, change.apply(lines.get(at)));
    }

    private int indexOf(String prefix, String alternative) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            if (line.startsWith(prefix) || (alternative != null && line.startsWith(alternative))) {
                return i;
            }
        }
        throw new IllegalStateException("the seed has no line starting with '" + prefix + "'");
    }

    /** Exact Σ weight × score / 100, as the checker computes it. */
    static BigDecimal weighted(List<Integer> weights, List<Integer> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < weights.size(); i++) {
            sum = sum.add(BigDecimal.valueOf((long) weights.get(i) * scores.get(i)));
        }
        return sum.divide(HUNDRED, 2, RoundingMode.UNNECESSARY);
    }
}
