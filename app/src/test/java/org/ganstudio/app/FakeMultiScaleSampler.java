package org.ganstudio.app;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.MultiScaleSampler;
import org.ganstudio.engine.api.PyramidScale;
import org.ganstudio.engine.api.StudioException;

/**
 * A stand-in SinGAN that really computes simple, seed-dependent pictures, so tests can tell calls apart: a sample is
 * the training picture (stretched to the size asked) blended with the seed's noise, the noise weaker the higher the
 * start scale; an injection pixelates the picture by the scale (coarse scales blockier) and tints it by the seed, and
 * keeps the picture where a mask is black; super-resolution enlarges with the seed's tint; an animation's frames are
 * samples of consecutive seeds. Can be slowed down with {@link #delayMillis}.
 */
public class FakeMultiScaleSampler implements MultiScaleSampler {

    public static final int WIDTH = 48;
    public static final int HEIGHT = 32;

    private final String id;
    private final int scaleCount;
    private final BufferedImage training;
    public volatile long delayMillis;
    public final AtomicInteger calls = new AtomicInteger();
    public volatile BufferedImage lastPicture;
    public volatile BufferedImage lastMask;
    public volatile int lastScale = -1;
    public volatile boolean closed;

    public FakeMultiScaleSampler(String id, int scaleCount) {
        this.id = id;
        this.scaleCount = scaleCount;
        this.training = trainingPicture(id);
    }

    /** Sky over a green hill with a dark square: a picture with some layout. */
    public static BufferedImage trainingPicture(String id) {
        BufferedImage t = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = t.createGraphics();
        g.setColor(new Color(120, 170, 230));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(60, 150, 60));
        g.fillOval(-10, HEIGHT / 2, WIDTH + 20, HEIGHT);
        g.setColor(new Color(90, 60, 40).brighter());
        g.fillRect(WIDTH / 2 + (id.hashCode() & 7), HEIGHT / 2 - 6, 8, 8);
        g.dispose();
        return t;
    }

    private void work() {
        if (closed) {
            throw new IllegalStateException(id + " was used after it was closed");
        }
        calls.incrementAndGet();
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String modelId() {
        return id;
    }

    @Override
    public List<PyramidScale> scales() {
        List<PyramidScale> out = new ArrayList<>();
        for (int i = 0; i < scaleCount; i++) {
            double f = Math.pow(0.75, scaleCount - 1 - i);
            out.add(new PyramidScale(i, (int) Math.round(WIDTH * f), (int) Math.round(HEIGHT * f)));
        }
        return out;
    }

    @Override
    public BufferedImage trainingImage() {
        return training;
    }

    @Override
    public BufferedImage sample(int width, int height, int startScale, long seed) {
        work();
        if (startScale < 0 || startScale >= scaleCount) {
            throw new StudioException("No scale " + startScale + ".");
        }
        BufferedImage base = resize(training, width, height);
        double strength = (scaleCount - startScale) / (double) scaleCount; // falls with the start scale
        Random random = new Random(seed);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(256);
                out.setRGB(x, y, blend(base.getRGB(x, y), noise * 0x010101, strength * 0.8));
            }
        }
        return out;
    }

    @Override
    public BufferedImage inject(BufferedImage picture, BufferedImage mask, int scale, long seed) {
        work();
        lastPicture = picture;
        lastMask = mask;
        lastScale = scale;
        if (scale < 1 || scale >= scaleCount) {
            throw new StudioException("Inject at scale 1 to " + (scaleCount - 1) + ", not " + scale + ".");
        }
        BufferedImage in = resize(picture, WIDTH, HEIGHT);
        BufferedImage m = mask == null ? null : resize(mask, WIDTH, HEIGHT);
        int block = 1 << (scaleCount - 1 - scale); // coarse scales are blockier
        int tint = new Random(seed).nextInt(0xffffff);
        BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int generated = blend(in.getRGB(x / block * block, y / block * block), tint, 0.3);
                boolean regenerate = m == null || (m.getRGB(x, y) & 0xff) >= 128;
                out.setRGB(x, y, regenerate ? generated : in.getRGB(x, y));
            }
        }
        return out;
    }

    @Override
    public BufferedImage superResolve(int factor, long seed) {
        work();
        if (factor != 2 && factor != 4) {
            throw new StudioException("Super-resolution is 2x or 4x.");
        }
        BufferedImage big = resize(training, WIDTH * factor, HEIGHT * factor);
        int tint = new Random(seed).nextInt(0xffffff);
        for (int y = 0; y < big.getHeight(); y++) {
            for (int x = 0; x < big.getWidth(); x++) {
                big.setRGB(x, y, blend(big.getRGB(x, y), tint, 0.1));
            }
        }
        return big;
    }

    @Override
    public List<BufferedImage> animate(int frames, int scale, double step, long seed, BooleanSupplier cancelled) {
        List<BufferedImage> out = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            if (f > 0 && cancelled.getAsBoolean()) {
                break;
            }
            out.add(sample(WIDTH, HEIGHT, scale, seed + f));
        }
        cancelled.getAsBoolean();
        return out;
    }

    @Override
    public void close() {
        closed = true;
    }

    static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    static int blend(int a, int b, double t) {
        int r = (int) Math.round((a >> 16 & 0xff) * (1 - t) + (b >> 16 & 0xff) * t);
        int gr = (int) Math.round((a >> 8 & 0xff) * (1 - t) + (b >> 8 & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return 0xff000000 | r << 16 | gr << 8 | bl;
    }

    /** The SinGAN models of a {@link FakeStudioEngine}: installed ones and folders that open by hand. */
    public static final class Shelf {
        private final List<InstalledModel> installed = new CopyOnWriteArrayList<>();
        private final Map<Path, Supplier<MultiScaleSampler>> folders = new ConcurrentHashMap<>();
        /** Every sampler opened, in order. */
        public final List<MultiScaleSampler> opened = new CopyOnWriteArrayList<>();

        /** Installs a model listed by {@code installedModels(SINGAN)}; each open makes a fresh sampler. */
        public InstalledModel install(String id, String title, Supplier<MultiScaleSampler> opens) {
            InstalledModel model = new InstalledModel(id, ModelFamily.SINGAN, Path.of("/models", id), title,
                    title + ", fake");
            installed.add(model);
            folders.put(model.directory(), opens);
            return model;
        }

        /** A folder that is not installed but opens through "Open model…". */
        public void addFolder(Path folder, Supplier<MultiScaleSampler> opens) {
            folders.put(folder, opens);
        }

        List<InstalledModel> installed() {
            return installed.stream().sorted(java.util.Comparator.comparing(InstalledModel::id)).toList();
        }

        MultiScaleSampler open(Path folder) {
            Supplier<MultiScaleSampler> opens = folders.get(folder);
            if (opens == null) {
                throw new StudioException(folder.getFileName() + " is not a SinGAN model: it holds no pyramid of "
                        + "generators (a DCGAN or Pix2Pix folder, perhaps).");
            }
            MultiScaleSampler s = opens.get();
            opened.add(s);
            return s;
        }
    }
}
