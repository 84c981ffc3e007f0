package org.ganstudio.engine.core;

import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.train.GanFamily;

/**
 * The families this build can train and open, found with {@link ServiceLoader}: each family's package registers
 * its {@link GanFamily} in {@code META-INF/services/org.ganstudio.engine.train.GanFamily}.
 */
public final class Families {

    private static final Map<ModelFamily, GanFamily<?>> REGISTERED = load();

    private Families() {}

    private static Map<ModelFamily, GanFamily<?>> load() {
        Map<ModelFamily, GanFamily<?>> found = new EnumMap<>(ModelFamily.class);
        for (GanFamily<?> family : ServiceLoader.load(GanFamily.class, Families.class.getClassLoader())) {
            GanFamily<?> before = found.put(family.id(), family);
            if (before != null) {
                throw new IllegalStateException("two families registered as " + family.id() + ": "
                        + before.getClass().getName() + " and " + family.getClass().getName());
            }
        }
        return found;
    }

    public static Map<ModelFamily, GanFamily<?>> all() {
        return Map.copyOf(REGISTERED);
    }

    public static GanFamily<?> get(ModelFamily id) {
        GanFamily<?> family = REGISTERED.get(id);
        if (family == null) {
            throw new StudioException(id.displayName() + " is not available in this build yet.");
        }
        return family;
    }

    /** Default batch size of a family's form: the family's own ({@link GanFamily#defaultBatchSize()}), else 1. */
    public static int defaultBatch(ModelFamily id) {
        GanFamily<?> family = REGISTERED.get(id);
        return family == null ? 1 : family.defaultBatchSize();
    }

    /** The registered families whose models can be opened as {@code capability}, by name ("DCGAN"). */
    static Set<String> offering(Class<?> capability) {
        return REGISTERED.values().stream().filter(f -> f.capabilities().contains(capability))
                .map(f -> f.id().displayName()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
