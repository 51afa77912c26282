package dev.gonogo.fuzz;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Every line number a model carries: each {@code int} record component named {@code line} or ending in
 * {@code Line}, found by walking the records, lists and maps below a root. Reflection, so a line field added to
 * the model later is checked without touching the fuzz targets.
 */
final class ModelLines {

    /** A line number and the record component it was read from, for a readable failure. */
    record Found(String where, int line) {
    }

    private ModelLines() {
    }

    static List<Found> of(Object root) {
        List<Found> found = new ArrayList<>();
        walk(root, root == null ? "null" : root.getClass().getSimpleName(), found);
        return found;
    }

    private static void walk(Object value, String where, List<Found> found) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, where + "[" + i++ + "]", found);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, where + "[" + key + "]", found));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object child = read(component, record);
                String name = where + "." + component.getName();
                if (component.getType() == int.class && isLine(component.getName())) {
                    found.add(new Found(name, (Integer) child));
                } else {
                    walk(child, name, found);
                }
            }
        }
    }

    private static boolean isLine(String name) {
        return name.equals("line") || name.endsWith("Line");
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
