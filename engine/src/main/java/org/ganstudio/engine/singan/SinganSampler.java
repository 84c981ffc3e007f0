package org.ganstudio.engine.singan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.nn.Scalars;
import org.ganstudio.engine.train.WeightFiles;

/**
 * A trained SinGAN for inference: only its finished generators, noise amplitudes and z_opt (the files of
 * {@link SinganFiles#inferenceFiles}). Generates at any size (the paper's section 3.1: the scales' sizes scaled
 * by the wished size over the finest trained size), from any start scale (below it the reconstruction path,
 * the official code's {@code gen_start_scale}), or from an injected image (paint-to-image and harmonisation,
 * section 3: the image resized to scale n-1, upsampled to scale n, then generators n up). Not thread-safe.
 */
public final class SinganSampler implements AutoCloseable {

    private final SinganConfig config;
    private final List<ScaleChain.Stage> stages;
    private final float[] zOpt;
    private final NDManager manager;
    private final ParameterStore parameters;

    private SinganSampler(SinganConfig config, List<ScaleChain.Stage> stages, float[] zOpt, NDManager manager) {
        this.config = config;
        this.stages = List.copyOf(stages);
        this.zOpt = zOpt;
        this.manager = manager;
        this.parameters = new ParameterStore(manager, false);
    }

    /**
     * Loads the finished scales of the save in {@code dir} (critics and optimiser files are not read).
     *
     * @throws IOException when a file is missing or damaged, or no scale is finished
     */
    public static SinganSampler load(Path dir, NDManager parent) throws IOException {
        SinganFiles.Saved saved = SinganFiles.read(dir);
        if (saved.trained().isEmpty()) {
            throw new IOException("this SinGAN has no finished scale yet");
        }
        SinganConfig c = saved.config();
        NDManager manager = parent.newSubManager();
        try {
            List<ScaleChain.Stage> stages = new ArrayList<>();
            for (SinganFiles.ScaleState state : saved.trained()) {
                Scale s = saved.pyramid().scale(state.index());
                Block g = SinganNetworks.generator(c, s.features());
                SinganNetworks.initialise(g, c, manager, new SplittableRandom(0));
                WeightFiles.loadBlock(g, manager, dir.resolve(SinganFiles.generator(s.index())), List.of(),
                        "the generator of SinGAN scale " + s.index());
                stages.add(new ScaleChain.Stage(s, g, state.noiseAmplitude()));
            }
            Scale first = saved.pyramid().coarsest();
            float[] z = SinganFiles.readZOpt(dir.resolve(SinganFiles.Z_OPT), first.height(), first.width());
            return new SinganSampler(c, stages, z, manager);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    public SinganConfig config() {
        return config;
    }

    /** Number of usable scales (the finished ones). */
    public int scales() {
        return stages.size();
    }

    /** The finest usable scale: its size is the default output size. */
    public Scale finest() {
        return stages.get(stages.size() - 1).scale();
    }

    /**
     * A random image of width x height. Scale k runs at its trained size times width / finest width (and
     * height alike), rounded; below {@code startScale} the reconstruction path gives the starting image,
     * resized to the start scale's size.
     *
     * @param startScale 0 for a fully random image; higher keeps the coarse structure of the training image
     */
    public BufferedImage sample(int startScale, int width, int height, long seed) {
        if (startScale < 0 || startScale >= stages.size() || width < 1 || height < 1) {
            throw new IllegalArgumentException("start scale must lie in [0, " + stages.size()
                    + ") and the size be positive, got " + startScale + ", " + width + " x " + height);
        }
        List<Scale> sizes = sizes(width, height);
        try (NDManager m = manager.newSubManager()) {
            Scale start = sizes.get(startScale);
            NDArray prev;
            if (startScale == 0) {
                prev = m.zeros(new Shape(1, config.channels(), start.height(), start.width()));
            } else {
                NDArray below = ScaleChain.reconstruction(stages, startScale - 1, zOpt, m, config, parameters);
                prev = Resampling.resize(below, start.height(), start.width());
            }
            NDArray out = ScaleChain.random(stages, sizes, startScale, stages.size() - 1, prev,
                    new SplittableRandom(seed), config, parameters);
            return image(out, sizes.get(sizes.size() - 1));
        }
    }

    /**
     * The generators from {@code injectScale} up applied to {@code image} (any size, stretched to the trained
     * aspect): the image is resized to scale injectScale - 1 and upsampled to injectScale (at 0, resized to
     * scale 0 directly), then each scale adds its noise and detail. The output has the finest trained size.
     */
    public BufferedImage inject(BufferedImage image, int injectScale, long seed) {
        if (injectScale < 0 || injectScale >= stages.size()) {
            throw new IllegalArgumentException("inject scale must lie in [0, " + stages.size() + "), got " + injectScale);
        }
        List<Scale> sizes = sizes(finest().width(), finest().height());
        float[] chw = ImageTensors.toChw(image, config.channels());
        Scale target = sizes.get(injectScale);
        Scale via = sizes.get(Math.max(0, injectScale - 1));
        float[] coarse = Resampling.resize(chw, config.channels(), image.getHeight(), image.getWidth(), via.height(),
                via.width());
        float[] start = Resampling.resize(coarse, config.channels(), via.height(), via.width(), target.height(),
                target.width());
        try (NDManager m = manager.newSubManager()) {
            NDArray prev = m.create(start, new Shape(1, config.channels(), target.height(), target.width()));
            NDArray out = ScaleChain.random(stages, sizes, injectScale, stages.size() - 1, prev,
                    new SplittableRandom(seed), config, parameters);
            return image(out, sizes.get(sizes.size() - 1));
        }
    }

    /** True when every generator weight is a finite number (a diverged run's weights are refused). */
    public boolean allFinite() {
        for (ScaleChain.Stage stage : stages) {
            for (var p : stage.generator().getParameters()) {
                NDArray a = p.getValue().getArray();
                if (a.isNaN().any().getBoolean() || a.isInfinite().any().getBoolean()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The usable scales (the finished ones), coarsest first, at their trained sizes. */
    public List<Scale> scaleList() {
        return stages.stream().map(ScaleChain.Stage::scale).toList();
    }

    /**
     * Super-resolution as the paper does it (section 4): {@code image} is enlarged by {@code factor} in steps of the
     * pyramid's own ratio (1 / scale factor), and after each step the finest generator adds detail to it with its
     * noise, G(z + x) + x. The last step lands exactly on factor x the size.
     *
     * @param factor 1.1 to 8
     */
    public BufferedImage superResolve(BufferedImage image, double factor, long seed) {
        if (!(factor >= 1.1 && factor <= 8)) {
            throw new IllegalArgumentException("the factor must lie in [1.1, 8], not " + factor);
        }
        ScaleChain.Stage last = stages.get(stages.size() - 1);
        double ratio = 1 / config.scaleFactor();
        int steps = Math.max(1, (int) Math.ceil(Math.log(factor) / Math.log(ratio) - 1e-9));
        SplittableRandom random = new SplittableRandom(seed);
        try (NDManager m = manager.newSubManager()) {
            NDArray x = m.create(ImageTensors.toChw(image, config.channels()),
                    new Shape(1, config.channels(), image.getHeight(), image.getWidth()));
            for (int i = 1; i <= steps; i++) {
                double f = Math.pow(factor, (double) i / steps);
                int w = (int) Math.round(image.getWidth() * f);
                int h = (int) Math.round(image.getHeight() * f);
                x = Resampling.resize(x, h, w);
                NDArray z = Scalars.times(ScaleChain.noise(m, random, config.channels(), h, w, false), last.noiseAmplitude());
                x = SinganNetworks.generate(last.generator(), parameters, config, z, x, false);
            }
            return ImageTensors.fromChw(x.toFloatArray(), config.channels(), (int) x.getShape().get(2),
                    (int) x.getShape().get(3));
        }
    }

    /**
     * A looping animation: the training picture's own structure below {@code scale} (the reconstruction path), and at
     * {@code scale} a noise map that walks around a circle, z(t) = sqrt(1 - step^2) z0 + step (cos t a + sin t b), so
     * the last frame leads back to the first; the scales above keep one fixed noise map each.
     *
     * @param frames at least 2
     * @param step 0 (still) to 1 (the walk spans the whole noise)
     * @param frameDone told after each frame (frames done so far)
     * @param cancelled polled before each frame; the frames made so far are returned
     */
    public List<BufferedImage> animate(int frames, int scale, double step, long seed,
            java.util.function.IntConsumer frameDone, java.util.function.BooleanSupplier cancelled) {
        if (frames < 2 || scale < 0 || scale >= stages.size() || !(step >= 0 && step <= 1)) {
            throw new IllegalArgumentException("need at least 2 frames, a scale in [0, " + stages.size()
                    + ") and a step in [0, 1], got " + frames + ", " + scale + ", " + step);
        }
        Scale at = stages.get(scale).scale();
        int plane = config.channels() * at.height() * at.width();
        SplittableRandom random = new SplittableRandom(seed);
        float[] z0 = org.ganstudio.engine.train.StepRandom.gaussian(random, plane);
        float[] a = org.ganstudio.engine.train.StepRandom.gaussian(random, plane);
        float[] b = org.ganstudio.engine.train.StepRandom.gaussian(random, plane);
        long aboveSeed = random.nextLong();
        double keep = Math.sqrt(1 - step * step);
        List<BufferedImage> out = new ArrayList<>();
        List<Scale> sizes = scaleList();
        for (int f = 0; f < frames && !cancelled.getAsBoolean(); f++) {
            double t = 2 * Math.PI * f / frames;
            float[] z = new float[plane];
            for (int i = 0; i < plane; i++) {
                z[i] = (float) (keep * z0[i] + step * (Math.cos(t) * a[i] + Math.sin(t) * b[i]));
            }
            SplittableRandom above = new SplittableRandom(aboveSeed);
            try (NDManager m = manager.newSubManager()) {
                Shape shape = new Shape(1, config.channels(), at.height(), at.width());
                NDArray prev = scale == 0 ? m.zeros(shape) : Resampling.resize(
                        ScaleChain.reconstruction(stages, scale - 1, zOpt, m, config, parameters), at.height(), at.width());
                NDArray walked = m.create(z, shape);
                NDArray result = ScaleChain.withNoise(stages, sizes, scale, stages.size() - 1, prev,
                        (k, size) -> k == scale ? walked
                                : ScaleChain.noise(m, above, config.channels(), size.height(), size.width(), k == 0),
                        config, parameters);
                out.add(image(result, finest()));
            }
            frameDone.accept(f + 1);
        }
        return out;
    }

    /** The reconstruction of the training image at the finest usable scale. */
    public BufferedImage reconstruction() {
        try (NDManager m = manager.newSubManager()) {
            NDArray out = ScaleChain.reconstruction(stages, stages.size() - 1, zOpt, m, config, parameters);
            return image(out, finest());
        }
    }

    /** The scales' sizes for an output of width x height; the finest is exactly that. */
    private List<Scale> sizes(int width, int height) {
        Scale top = finest();
        double sx = (double) width / top.width();
        double sy = (double) height / top.height();
        List<Scale> sizes = new ArrayList<>();
        for (ScaleChain.Stage stage : stages) {
            Scale s = stage.scale();
            boolean last = s.index() == top.index();
            int w = last ? width : Math.max(1, (int) Math.round(s.width() * sx));
            int h = last ? height : Math.max(1, (int) Math.round(s.height() * sy));
            sizes.add(new Scale(s.index(), w, h, s.features()));
        }
        return sizes;
    }

    private BufferedImage image(NDArray out, Scale size) {
        return ImageTensors.fromChw(out.toFloatArray(), config.channels(), size.height(), size.width());
    }

    @Override
    public void close() {
        manager.close();
    }
}
