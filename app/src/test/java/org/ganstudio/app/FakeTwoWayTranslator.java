package org.ganstudio.app;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.ganstudio.engine.api.ImageDomain;
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TranslationDirection;
import org.ganstudio.engine.api.TwoWayTranslator;

/**
 * A stand-in CycleGAN for view tests: from A to B it inverts the picture's colours, from B to A it turns it grey, so a
 * test can tell the directions apart; each output is {@link #SIZE} square. Deterministic, after a set delay.
 */
public final class FakeTwoWayTranslator implements TwoWayTranslator {

    public static final int SIZE = 32;

    private final String id;
    private final ImageDomain a;
    private final ImageDomain b;
    private final long delayMillis;
    public final AtomicInteger calls = new AtomicInteger();
    public volatile boolean closed;

    public FakeTwoWayTranslator(String id, String nameOfA, String nameOfB, long delayMillis) {
        this.id = id;
        this.a = new ImageDomain(nameOfA, 3);
        this.b = new ImageDomain(nameOfB, 3);
        this.delayMillis = delayMillis;
    }

    public FakeTwoWayTranslator(String id) {
        this(id, "A", "B", 0);
    }

    /** What this model makes of one input pixel (RGB) going {@code direction}. */
    public static int outputFor(int rgb, TranslationDirection direction) {
        if (direction == TranslationDirection.A_TO_B) {
            return ~rgb & 0xffffff;
        }
        int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        return grey * 0x010101;
    }

    @Override
    public String modelId() {
        return id;
    }

    @Override
    public int imageSize() {
        return SIZE;
    }

    @Override
    public ImageDomain domainA() {
        return a;
    }

    @Override
    public ImageDomain domainB() {
        return b;
    }

    @Override
    public BufferedImage translate(BufferedImage input, TranslationDirection direction) {
        if (closed) {
            throw new IllegalStateException(id + " was used after it was closed");
        }
        calls.incrementAndGet();
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        BufferedImage out = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int rgb = input.getRGB(x * input.getWidth() / SIZE, y * input.getHeight() / SIZE);
                out.setRGB(x, y, outputFor(rgb, direction));
            }
        }
        return out;
    }

    @Override
    public List<BufferedImage> exampleInputs() {
        return List.of();
    }

    @Override
    public void close() {
        closed = true;
    }

    /** The fake engine's CycleGAN models: installed ones and folders that open through "Open model…". */
    public static final class Shelf {
        private final List<InstalledModel> installed = new CopyOnWriteArrayList<>();
        private final Map<Path, Supplier<TwoWayTranslator>> folders = new ConcurrentHashMap<>();
        /** Every translator opened, in order. */
        public final List<TwoWayTranslator> opened = new CopyOnWriteArrayList<>();

        /** Installs a model listed by {@code installedModels(CYCLEGAN)}; each open makes a fresh translator. */
        public InstalledModel install(String id, String title, Supplier<TwoWayTranslator> opens) {
            InstalledModel model = new InstalledModel(id, ModelFamily.CYCLEGAN, Path.of("/models", id), title,
                    title + ", fake");
            installed.add(model);
            folders.put(model.directory(), opens);
            return model;
        }

        /** A folder that is not installed but opens through "Open model…". */
        public void addFolder(Path folder, Supplier<TwoWayTranslator> opens) {
            folders.put(folder, opens);
        }

        List<InstalledModel> installed() {
            return installed.stream().sorted(java.util.Comparator.comparing(InstalledModel::id)).toList();
        }

        TwoWayTranslator open(Path folder) {
            Supplier<TwoWayTranslator> opens = folders.get(folder);
            if (opens == null) {
                throw new StudioException("The model at " + folder + " is a Pix2Pix model, not a CycleGAN model.");
            }
            TwoWayTranslator t = opens.get();
            opened.add(t);
            return t;
        }
    }
}
