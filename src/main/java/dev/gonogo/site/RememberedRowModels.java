package dev.gonogo.site;

import dev.gonogo.site.page.ReviewRow;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The object wrapper of {@code serve}'s pages: each table row ({@link ReviewRow}) reaches the templates as its
 * components wrapped once, and the same row object (serve keeps unchanged reviews' rows from build to build) gets
 * the same model at the next build. The index of 1,000 reviews otherwise reads some twenty properties per row
 * through reflection and wraps each value again on every save. Rows the last build did not show are forgotten at
 * the next one. Thread-safe.
 */
final class RememberedRowModels extends DefaultObjectWrapper {
    private static final RecordComponent[] COMPONENTS = ReviewRow.class.getRecordComponents();

    private Map<ReviewRow, TemplateModel> previous = new IdentityHashMap<>();
    private Map<ReviewRow, TemplateModel> current = new IdentityHashMap<>();

    RememberedRowModels() {
        super(Configuration.VERSION_2_3_35);
    }

    /** Starts a build: the models the last one used become those it may reuse. */
    synchronized void nextBuild() {
        previous = current;
        current = new IdentityHashMap<>();
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (!(object instanceof ReviewRow row)) {
            return super.handleUnknownType(object);
        }
        synchronized (this) {
            TemplateModel model = current.get(row);
            if (model == null) {
                model = previous.get(row);
                if (model == null) {
                    model = new RowModel(row);
                }
                current.put(row, model);
            }
            return model;
        }
    }

    /** A row's components, wrapped once; anything else (a method call) is read from the row as usual. */
    private final class RowModel implements TemplateHashModel, AdapterTemplateModel, WrapperTemplateModel {
        private final ReviewRow row;
        private final TemplateHashModel bean;
        private final Map<String, TemplateModel> components = new HashMap<>();

        RowModel(ReviewRow row) throws TemplateModelException {
            this.row = row;
            this.bean = (TemplateHashModel) RememberedRowModels.super.handleUnknownType(row);
            for (RecordComponent component : COMPONENTS) {
                components.put(component.getName(), wrap(value(component)));
            }
        }

        private Object value(RecordComponent component) throws TemplateModelException {
            try {
                return component.getAccessor().invoke(row);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read " + component.getName() + " of a row", e);
            }
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            TemplateModel component = components.get(key);
            return component != null ? component : bean.get(key);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return row;
        }

        @Override
        public Object getWrappedObject() {
            return row;
        }
    }
}
