package org.ganstudio.app;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.ganstudio.engine.api.FeatureMask;
import org.ganstudio.engine.api.FeatureMaps;
import org.ganstudio.engine.api.GeneratorLayer;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.LatentDirection;
import org.ganstudio.engine.api.Latents;
import org.ganstudio.engine.api.Projection;

/**
 * A stand-in DCGAN for app tests, in plain Java and deterministic: a 16 px image whose background colour comes from
 * latent values 0-2 and a white square whose place comes from values 3-4. Two fake hidden layers: switching off map 0
 * of layer 0 removes the square, map 1 of layer 0 the red; map m of layer 1 darkens quadrant m. Principal
 * directions are the first axes of latent space (spread 0.5); {@link #mapsTiedTo} ranks the maps whose latent value
 * differs between the two groups by how much (those that do not differ are left out).
 */
public class FakeGenerator implements ImageGenerator {

    public static final int LATENT = 8;
    public static final int SIZE = 16;
    public static final double SPREAD = 0.5;
    public static final List<GeneratorLayer> LAYERS = List.of(new GeneratorLayer(0, "4x4, 4 maps", 4, 4),
            new GeneratorLayer(1, "8x8, 4 maps", 4, 8));

    private final String id;
    private final long delayMillis;
    /** Every latent generated, in order (one entry per image). */
    public final List<float[]> generated = new CopyOnWriteArrayList<>();
    public final AtomicInteger principalCalls = new AtomicInteger();
    public volatile boolean closed;

    public FakeGenerator(String id, long delayMillis) {
        this.id = id;
        this.delayMillis = delayMillis;
    }

    public FakeGenerator(String id) {
        this(id, 0);
    }

    @Override
    public String modelId() {
        return id;
    }

    @Override
    public int latentSize() {
        return LATENT;
    }

    @Override
    public int imageSize() {
        return SIZE;
    }

    @Override
    public int channels() {
        return 3;
    }

    @Override
    public float[] randomLatent(long seed) {
        Random random = new Random(seed);
        float[] z = new float[LATENT];
        for (int i = 0; i < LATENT; i++) {
            z[i] = (float) random.nextGaussian();
        }
        return z;
    }

    @Override
    public BufferedImage[] generate(float[][] latents) {
        BufferedImage[] out = new BufferedImage[latents.length];
        for (int i = 0; i < latents.length; i++) {
            out[i] = generate(latents[i], FeatureMask.NONE);
        }
        return out;
    }

    @Override
    public BufferedImage generate(float[] latent, FeatureMask mask) {
        if (closed) {
            throw new IllegalStateException(id + " was used after it was closed");
        }
        if (latent.length != LATENT) {
            throw new IllegalArgumentException("latent of length " + latent.length);
        }
        generated.add(latent.clone());
        pause(delayMillis);
        int red = mask.isOff(0, 1) ? 0 : level(latent[0]);
        int green = level(latent[1]);
        int blue = level(latent[2]);
        int sx = Math.max(0, Math.min(SIZE - 4, (int) Math.round(6 + 3 * latent[3])));
        int sy = Math.max(0, Math.min(SIZE - 4, (int) Math.round(6 + 3 * latent[4])));
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int rgb = red << 16 | green << 8 | blue;
                if (!mask.isOff(0, 0) && x >= sx && x < sx + 4 && y >= sy && y < sy + 4) {
                    rgb = 0xffffff;
                }
                int quadrant = (y < SIZE / 2 ? 0 : 2) + (x < SIZE / 2 ? 0 : 1);
                if (mask.isOff(1, quadrant)) {
                    rgb = rgb >> 1 & 0x7f7f7f;
                }
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    private static int level(float v) {
        return (int) Math.round(255 / (1 + Math.exp(-1.5 * v)));
    }

    @Override
    public BufferedImage sampleGrid(int n, long seed) {
        return generate(randomLatent(seed), FeatureMask.NONE);
    }

    @Override
    public List<GeneratorLayer> layers() {
        return LAYERS;
    }

    /** Map m's tile is a grey level from latent value m (+ 4 for layer 1); its mean activation is that value. */
    @Override
    public FeatureMaps featureMaps(float[] latent, int layer, FeatureMask mask) {
        GeneratorLayer l = LAYERS.get(layer);
        List<BufferedImage> tiles = new ArrayList<>();
        float[] means = new float[l.maps()];
        for (int m = 0; m < l.maps(); m++) {
            float v = latent[(m + 4 * layer) % LATENT];
            means[m] = mask.isOff(layer, m) ? 0 : v;
            BufferedImage tile = new BufferedImage(l.size(), l.size(), BufferedImage.TYPE_INT_RGB);
            int grey = level(means[m]);
            for (int y = 0; y < l.size(); y++) {
                for (int x = 0; x < l.size(); x++) {
                    tile.setRGB(x, y, (x + y) % 2 == 0 ? grey * 0x010101 : 0x202020);
                }
            }
            tiles.add(tile);
        }
        return new FeatureMaps(l, tiles, means);
    }

    @Override
    public List<LatentDirection> principalDirections(int count, int samples, long seed) {
        principalCalls.incrementAndGet();
        pause(delayMillis);
        List<LatentDirection> out = new ArrayList<>();
        for (int i = 0; i < Math.min(count, LATENT); i++) {
            float[] axis = new float[LATENT];
            axis[i] = 1;
            out.add(new LatentDirection("PC " + (i + 1), LatentDirection.Kind.PRINCIPAL, axis, SPREAD));
        }
        return out;
    }

    @Override
    public List<Integer> mapsTiedTo(List<float[]> with, List<float[]> without, int layer, int count) {
        int maps = LAYERS.get(layer).maps();
        double[] difference = new double[maps];
        for (int m = 0; m < maps; m++) {
            int index = (m + 4 * layer) % LATENT;
            difference[m] = Math.abs(with.stream().mapToDouble(z -> z[index]).average().orElse(0)
                    - without.stream().mapToDouble(z -> z[index]).average().orElse(0));
        }
        return IntStream.range(0, maps).filter(m -> difference[m] > 1e-9).boxed()
                .sorted(Comparator.comparingDouble(m -> -difference[m])).limit(count).toList();
    }

    /** When set, told each projection step's number after its listener (a test cancels at a step with it). */
    public volatile java.util.function.IntConsumer afterProjectionStep;

    /**
     * Walks from the seed's latent in a straight line towards one whose colour is the target's mean colour (values
     * 0-2 by the inverse of the colour curve, the others 0), one step in {@code steps}; keeps the nearest image seen,
     * and returns it when cancelled.
     */
    @Override
    public Projection project(BufferedImage target, int steps, long seed, Projection.Listener listener,
            BooleanSupplier cancelled) {
        BufferedImage fitted = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        var g = fitted.createGraphics();
        g.drawImage(target, 0, 0, SIZE, SIZE, null);
        g.dispose();
        double[] mean = new double[3];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int rgb = fitted.getRGB(x, y);
                for (int c = 0; c < 3; c++) {
                    mean[c] += (rgb >> (16 - 8 * c) & 0xff) / (double) (SIZE * SIZE);
                }
            }
        }
        float[] start = randomLatent(seed);
        float[] goal = new float[LATENT];
        for (int c = 0; c < 3; c++) {
            double p = Math.max(1, Math.min(254, mean[c])) / 255;
            goal[c] = (float) (Math.log(p / (1 - p)) / 1.5);
        }
        float[] best = start;
        double bestDistance = distance(generate(start, FeatureMask.NONE), fitted);
        int done = 0;
        while (done < steps && !cancelled.getAsBoolean()) {
            done++;
            float[] z = Latents.lerp(start, goal, done / (double) steps);
            double d = distance(generate(z, FeatureMask.NONE), fitted);
            if (d < bestDistance) {
                best = z;
                bestDistance = d;
            }
            listener.step(done, steps, bestDistance);
            java.util.function.IntConsumer after = afterProjectionStep;
            if (after != null) {
                after.accept(done);
            }
        }
        return new Projection(best, generate(best, FeatureMask.NONE), bestDistance, done);
    }

    /** Mean absolute RGB difference in [0, 1] of two images of the same size. */
    public static double distance(BufferedImage a, BufferedImage b) {
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int c = 0; c < 3; c++) {
                    sum += Math.abs((p >> (8 * c) & 0xff) - (q >> (8 * c) & 0xff));
                }
            }
        }
        return sum / (255.0 * 3 * a.getWidth() * a.getHeight());
    }

    @Override
    public void close() {
        closed = true;
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
