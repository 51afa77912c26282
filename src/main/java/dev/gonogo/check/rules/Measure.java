package dev.gonogo.check.rules;

import dev.gonogo.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A quantity converted to the base unit of its dimension (milliseconds, bytes, percent, items per second), so that
 * {@code 2.3s} and {@code 2300ms} compare while {@code req/s} and {@code msg/sec} stay apart.
 *
 * @param dimension what is measured: {@code time}, {@code size}, {@code %}, {@code req/time} … or the unit itself
 * @param value     the number in the dimension's base unit
 */
record Measure(String dimension, BigDecimal value) {

    private static final Map<String, Unit> UNITS = units();

    /** The measure of a quantity; a quantity without unit takes the other side's unit ({@code fallbackUnit}). */
    static Optional<Measure> of(Quantity quantity, String fallbackUnit) {
        String unit = quantity.unit().isBlank() ? fallbackUnit : quantity.unit();
        String normal = unit.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        Unit known = UNITS.get(normal);
        if (known != null) {
            return Optional.of(new Measure(known.dimension(), quantity.number().multiply(known.factor())));
        }
        int slash = normal.indexOf('/');
        if (slash > 0) {
            Unit per = UNITS.get(normal.substring(slash + 1));
            if (per != null && per.dimension().equals("time")) {
                String counted = countedThing(normal.substring(0, slash));
                BigDecimal perMillisecond = quantity.number().divide(per.factor(), 12, RoundingMode.HALF_UP);
                return Optional.of(new Measure(counted + "/time", perMillisecond));
            }
        }
        if (normal.equals("rps")) {
            return of(new Quantity(quantity.text(), quantity.comparator(), quantity.number(), null, "req/s"), "");
        }
        return Optional.of(new Measure(normal, quantity.number()));
    }

    boolean comparableWith(Measure other) {
        return dimension.equals(other.dimension);
    }

    private static String countedThing(String word) {
        return switch (word) {
            case "req", "reqs", "request", "requests", "запрос", "запросов" -> "req";
            case "msg", "msgs", "message", "messages", "сообщений" -> "msg";
            case "op", "ops", "operation", "operations" -> "op";
            case "tx", "txs", "transaction", "transactions" -> "tx";
            default -> word;
        };
    }

    private static Map<String, Unit> units() {
        Map<String, Unit> units = new HashMap<>();
        put(units, "time", "0.000001", "ns");
        put(units, "time", "0.001", "µs", "us", "мкс");
        put(units, "time", "1", "ms", "msec", "millisecond", "milliseconds", "мс");
        put(units, "time", "1000", "s", "sec", "secs", "second", "seconds", "с", "сек", "секунд", "секунды");
        put(units, "time", "60000", "min", "mins", "minute", "minutes", "мин", "минут", "минуты");
        put(units, "time", "3600000", "h", "hr", "hrs", "hour", "hours", "ч", "час", "часа", "часов");
        put(units, "time", "86400000", "d", "day", "days", "дн", "день", "дня", "дней");
        put(units, "size", "1", "b", "byte", "bytes", "байт");
        put(units, "size", "1000", "kb", "кб");
        put(units, "size", "1000000", "mb", "мб");
        put(units, "size", "1000000000", "gb", "гб");
        put(units, "size", "1000000000000", "tb", "тб");
        put(units, "size", "1024", "kib");
        put(units, "size", "1048576", "mib");
        put(units, "size", "1073741824", "gib");
        put(units, "%", "1", "%", "percent", "процентов");
        return Map.copyOf(units);
    }

    private static void put(Map<String, Unit> units, String dimension, String factor, String... names) {
        for (String name : names) {
            units.put(name, new Unit(dimension, new BigDecimal(factor)));
        }
    }

    private record Unit(String dimension, BigDecimal factor) {
    }
}
