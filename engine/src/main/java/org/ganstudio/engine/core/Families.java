package org.ganstudio.engine.core;

import java.util.EnumMap;
import java.util.Map;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.dcgan.DcganFamily;
import org.ganstudio.engine.pix2pix.Pix2PixFamily;
import org.ganstudio.engine.train.GanFamily;

/** The families this build can train, by id. Adding a family means adding one line here. */
public final class Families {

    private static final Map<ModelFamily, GanFamily<?>> TRAINABLE = new EnumMap<>(ModelFamily.class);

    static {
        TRAINABLE.put(ModelFamily.DCGAN, new DcganFamily());
        TRAINABLE.put(ModelFamily.PIX2PIX, new Pix2PixFamily());
    }

    private Families() {}

    public static Map<ModelFamily, GanFamily<?>> all() {
        return Map.copyOf(TRAINABLE);
    }

    public static GanFamily<?> get(ModelFamily id) {
        GanFamily<?> family = TRAINABLE.get(id);
        if (family == null) {
            throw new StudioException(id.displayName() + " is not available in this build yet.");
        }
        return family;
    }

    /** Default batch size of a family's form: the family's own ({@link GanFamily#defaultBatchSize()}), else 1. */
    public static int defaultBatch(ModelFamily id) {
        GanFamily<?> family = TRAINABLE.get(id);
        return family == null ? 1 : family.defaultBatchSize();
    }
}
