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
