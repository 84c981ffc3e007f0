package org.ganstudio.engine.singan;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganstudio.engine.image.ImageGrid;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.nn.Scalars;
import org.ganstudio.engine.optim.Adam;
import org.ganstudio.engine.optim.AdamSettings;
import org.ganstudio.engine.train.StepRandom;
import org.ganstudio.engine.train.WeightFiles;

/**
 * A SinGAN being trained (Shaham et al. 2019, section 2.1): the scales of one image, trained coarse to fine.
 * Holds the real image at each scale, the finished scales (frozen generators and their noise amplitudes), the
 * fixed reconstruction noise z_opt, and the scale in training with its critic and both Adam states.
 *
 * <p>Use: {@code beginScale(0)}, {@code step} {@code iterationsPerScale} times, {@code beginScale(1)} (which
 * freezes scale 0 and starts scale 1 from its weights when the shapes match), ..., {@link #finish()} after the
 * last scale. Everything random comes from the seed (initialisation, z_opt) and the {@link SplittableRandom}
 * given to each step, so a save, load and continue is the run that never stopped. Not thread-safe.
 */
public final class SinganTraining implements AutoCloseable {

    /** The loss names {@link #step} returns, in this order. */
    public static final List<String> LOSSES = List.of("critic", "generator", "reconstruction", "gp");

    private static final int INIT_STREAM = 3;
    private static final int Z_OPT_STREAM = 5;
    private static final long PREVIEW_SALT = 0x5E1F_0F_F1CEL;

    private final SinganConfig config;
    private final BufferedImage picture;
    private final long seed;
    private final ScalePyramid pyramid;
    private final List<ScaleImage> reals;
    private final NDManager manager;
    private final ParameterStore parameters;
    private final float[] zOpt;
    private final List<ScaleChain.Stage> trained = new ArrayList<>();
    private Current current;
    private boolean finished;

    /** The real image at one scale, channel-first floats in [-1, 1]. */
    private record ScaleImage(Scale scale, float[] chw) {}

    /**
     * Plans the pyramid of {@code image} and prepares its real image at every scale; builds no network yet.
     *
     * @param parent the manager (and so the device) the networks live in; a sub-manager is taken
     */
    public SinganTraining(BufferedImage image, SinganConfig config, long seed, NDManager parent) {
        this.config = config;
        this.picture = image;
        this.seed = seed;
        this.pyramid = ScalePyramid.plan(image.getWidth(), image.getHeight(), config);
        float[] finest = pyramid.finestImage(image, config.channels());
        List<ScaleImage> images = new ArrayList<>();
        for (Scale s : pyramid.scales()) {
            images.add(new ScaleImage(s, pyramid.resizeFromFinest(finest, config.channels(), s.index())));
        }
        this.reals = List.copyOf(images);
        this.manager = parent.newSubManager();
        this.parameters = new ParameterStore(manager, false);
        Scale coarsest = pyramid.coarsest();
        this.zOpt = StepRandom.gaussian(StepRandom.forStep(seed, -1, Z_OPT_STREAM), coarsest.pixels());
    }

    public SinganConfig config() {
        return config;
    }

    /** The picture this training was made from, as given. */
    public BufferedImage picture() {
        return picture;
    }

    public ScalePyramid pyramid() {
        return pyramid;
    }

    /** The scale in training, or -1 before the first and after {@link #finish()}. */
    public int currentScale() {
        return current == null ? -1 : current.scale.index();
    }

    /** Number of finished (frozen) scales. */
    public int finishedScales() {
        return trained.size();
    }

    /** True after {@link #finish()}: every scale is trained. */
    public boolean isFinished() {
        return finished;
    }

    /** The noise amplitude of a finished scale or the current one. */
    public double noiseAmplitude(int scale) {
        return stages().get(scale).noiseAmplitude();
    }

    /**
     * Builds scale {@code k} and makes it the one in training; a no-op when it already is (so a loaded save
     * can be told again). Scale k must be the next: when scale k-1 is in training it is frozen first and, if
     * the networks have the same shapes, scale k starts from its generator and critic (as the official code);
     * else the weights are drawn from the seed.
     */
    public void beginScale(int k) {
        if (current != null && current.scale.index() == k) {
            return;
        }
        int next = trained.size() + (current == null ? 0 : 1);
        if (finished || k != next || k >= pyramid.size()) {
            throw new IllegalStateException("scale " + k + " cannot begin now: " + trained.size() + " finished, "
                    + (current == null ? "none" : "scale " + current.scale.index()) + " in training, "
                    + pyramid.size() + " planned");
        }
        Current previous = current;
        Current started = open(k);
        if (previous != null) {
            if (SinganNetworks.sameShapes(previous.generator, started.generator)) {
                SinganNetworks.copyParameters(previous.generator, started.generator);
                SinganNetworks.copyParameters(previous.critic, started.critic);
            }
            freeze(previous);
            started.prepareInputs();
        }
        current = started;
    }

    /** Freezes the scale in training; the pyramid is then complete (or stops there). */
    public void finish() {
        if (current != null) {
            freeze(current);
            current = null;
        }
        finished = true;
    }

    /** Builds scale k's networks from the seed and its Adam states; the inputs computed when scales below are frozen. */
    private Current open(int k) {
        Scale s = pyramid.scale(k);
        Current c = new Current(s, manager);
        SplittableRandom init = StepRandom.forStep(seed, k, INIT_STREAM);
        SinganNetworks.initialise(c.generator, config, manager, init);
        SinganNetworks.initialise(c.critic, config, c.scaleManager, init);
        c.makeOptimisers();
        if (k == trained.size()) {
            c.prepareInputs();
        }
        return c;
    }

    private void freeze(Current c) {
        WeightFiles.setTrainable(c.generatorTrainable, false);
        trained.add(new ScaleChain.Stage(c.scale, c.generator, c.noiseAmplitude));
        c.close();
    }

    /**
     * One iteration at the current scale: {@code criticSteps} critic updates (WGAN-GP with the patch penalty,
     * a fresh random image from the scales below for each), then {@code generatorSteps} generator updates
     * (adversarial loss plus alpha times the reconstruction MSE), the critic frozen. The learning rate drops at
     * {@code lrDropAt} of the scale's iterations. As in the official code, one noise map serves the whole
     * iteration and each critic update draws a new image from the scales below; unlike it, each generator update
     * runs the generator again on the last of those instead of reusing the critic step's graph.
     *
     * @param stepManager the manager for this iteration's arrays; the caller closes it
     * @param iterationInScale 0-based iteration within the scale (for the learning-rate drop)
     * @param random this iteration's random numbers
     * @return the last critic loss (with the penalty), the last adversarial generator loss, the last
     *     reconstruction MSE (unweighted) and the last penalty (unweighted), in {@link #LOSSES} order
     */
    public Map<String, Double> step(NDManager stepManager, long iterationInScale, SplittableRandom random) {
        if (current == null) {
            throw new IllegalStateException("no scale in training: call beginScale first");
        }
        Current c = current;
        NDManager m = stepManager;
        Scale s = c.scale;
        int k = s.index();
        double lr = config.learningRateAt(iterationInScale);
        Shape shape = new Shape(1, config.channels(), s.height(), s.width());
        NDArray real = m.create(reals.get(k).chw(), shape);
        NDArray noise = Scalars.times(ScaleChain.noise(m, random, config.channels(), s.height(), s.width(), k == 0),
                c.noiseAmplitude);
        NDArray prevRec = m.create(c.reconstructionInput, shape);
        NDArray recNoise = k == 0
                ? Scalars.times(ScaleChain.shared(m, zOpt, config.channels(), s.height(), s.width()), c.noiseAmplitude)
                : m.zeros(shape);
        double criticLoss = 0;
        double penaltyValue = 0;
        NDArray prev = null;
        for (int j = 0; j < config.criticSteps(); j++) {
            prev = randomInput(m, k, random);
            float[] epsilon = {(float) random.nextDouble()};
            NDArray fake = SinganNetworks.generate(c.generator, parameters, config, noise, prev, true).stopGradient();
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray xHat = Scalars.times(real, epsilon[0]).add(Scalars.times(fake, 1 - epsilon[0]));
                NDArray penalty = PatchGradientPenalty.penalty(
                        CriticInputGradient.of(c.critic, parameters, config, xHat));
                NDArray loss = critic(c, fake).mean().sub(critic(c, real).mean())
                        .add(Scalars.times(penalty, config.gradientPenalty()));
                collector.backward(loss);
                criticLoss = loss.getFloat();
                penaltyValue = penalty.getFloat();
            }
            c.criticAdam.step(lr);
        }
        double adversarialValue = 0;
        double reconstructionValue = 0;
        WeightFiles.setTrainable(c.criticTrainable, false);
        try {
            for (int j = 0; j < config.generatorSteps(); j++) {
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray fake = SinganNetworks.generate(c.generator, parameters, config, noise, prev, true);
                    NDArray adversarial = critic(c, fake).mean().neg();
                    NDArray rec = SinganNetworks.generate(c.generator, parameters, config, recNoise, prevRec, true);
                    NDArray mse = rec.sub(real).square().mean();
                    collector.backward(adversarial.add(Scalars.times(mse, config.reconstructionWeight())));
                    adversarialValue = adversarial.getFloat();
                    reconstructionValue = mse.getFloat();
                }
                c.generatorAdam.step(lr);
            }
        } finally {
            WeightFiles.setTrainable(c.criticTrainable, true);
        }
        Map<String, Double> losses = new LinkedHashMap<>();
        losses.put(LOSSES.get(0), criticLoss);
        losses.put(LOSSES.get(1), adversarialValue);
        losses.put(LOSSES.get(2), reconstructionValue);
        losses.put(LOSSES.get(3), penaltyValue);
        return losses;
    }

    private NDArray critic(Current c, NDArray x) {
        return c.critic.forward(parameters, new NDList(x), true).singletonOrThrow();
    }

    /** The input image of scale k on the random path: zeros at scale 0, else scale k-1's sample upsampled. */
    private NDArray randomInput(NDManager m, int k, SplittableRandom random) {
        Scale s = pyramid.scale(k);
        if (k == 0) {
            return m.zeros(new Shape(1, config.channels(), s.height(), s.width()));
        }
        Scale first = pyramid.coarsest();
        NDArray start = m.zeros(new Shape(1, config.channels(), first.height(), first.width()));
        NDArray below = ScaleChain.random(trained, pyramid.scales(), 0, k - 1, start, random, config, parameters);
        return Resampling.resize(below, s.height(), s.width());
    }

    /** The finished scales and the current one, 0 upward. */
    private List<ScaleChain.Stage> stages() {
        List<ScaleChain.Stage> all = new ArrayList<>(trained);
        if (current != null) {
            all.add(new ScaleChain.Stage(current.scale, current.generator, current.noiseAmplitude));
        }
        return all;
    }

    /** The reconstruction (z_opt path) at a finished scale or the current one, inference mode. */
    public BufferedImage reconstruction(int k) {
        return ImageTensors.fromChw(reconstructionFloats(k), config.channels(), pyramid.scale(k).height(),
                pyramid.scale(k).width());
    }

    /** Mean squared error of {@link #reconstruction(int)} against the real image at scale k, in [-1, 1] units. */
    public double reconstructionError(int k) {
        float[] rec = reconstructionFloats(k);
        float[] real = reals.get(k).chw();
        double sum = 0;
        for (int i = 0; i < rec.length; i++) {
            double d = rec[i] - real[i];
            sum += d * d;
        }
        return sum / rec.length;
    }

    private float[] reconstructionFloats(int k) {
        try (NDManager m = manager.newSubManager()) {
            return ScaleChain.reconstruction(stages(), k, zOpt, m, config, parameters).toFloatArray();
        }
    }

    /**
     * The newest scale (in training, else the last finished): a random sample from a fixed seed and the
     * reconstruction, side by side. Changes nothing (inference mode, its own random numbers).
     */
    public BufferedImage preview() {
        List<ScaleChain.Stage> stages = stages();
        if (stages.isEmpty()) {
            throw new IllegalStateException("no scale has begun yet");
        }
        int k = stages.size() - 1;
        Scale s = pyramid.scale(k);
        try (NDManager m = manager.newSubManager()) {
            Scale first = pyramid.coarsest();
            NDArray start = m.zeros(new Shape(1, config.channels(), first.height(), first.width()));
            NDArray sample = ScaleChain.random(stages, pyramid.scales(), 0, k, start,
                    new SplittableRandom(seed ^ PREVIEW_SALT), config, parameters);
            BufferedImage a = ImageTensors.fromChw(sample.toFloatArray(), config.channels(), s.height(), s.width());
            return ImageGrid.grid(List.of(a, reconstruction(k)));
        }
    }

    /**
     * Writes {@value SinganFiles#PYRAMID}, {@value SinganFiles#Z_OPT}, every finished generator and, when a scale
     * is in training, its generator, critic and Adam states (see {@link SinganFiles}).
     */
    public void save(Path dir) throws IOException {
        List<SinganFiles.ScaleState> done = trained.stream()
                .map(t -> new SinganFiles.ScaleState(t.scale().index(), t.noiseAmplitude())).toList();
        SinganFiles.ScaleState now = current == null ? null
                : new SinganFiles.ScaleState(current.scale.index(), current.noiseAmplitude);
        SinganFiles.write(dir, new SinganFiles.Saved(SinganFiles.FORMAT, config, seed, pyramid, done, now));
        Scale first = pyramid.coarsest();
        SinganFiles.writeZOpt(dir.resolve(SinganFiles.Z_OPT), zOpt, first.height(), first.width());
        for (ScaleChain.Stage t : trained) {
            WeightFiles.saveBlock(t.generator(), dir.resolve(SinganFiles.generator(t.scale().index())));
        }
        if (current != null) {
            int k = current.scale.index();
            WeightFiles.saveBlock(current.generator, dir.resolve(SinganFiles.generator(k)));
            WeightFiles.saveBlock(current.critic, dir.resolve(SinganFiles.critic(k)));
            WeightFiles.saveAdam(current.generatorAdam, dir.resolve(SinganFiles.generatorAdam(k)));
            WeightFiles.saveAdam(current.criticAdam, dir.resolve(SinganFiles.criticAdam(k)));
        }
    }

    /**
     * Restores what {@link #save} wrote into a training made for the same image, config and seed, replacing
     * whatever this one had trained.
     *
     * @throws IOException when the files are missing or damaged or belong to another image, config or seed
     */
    public void load(Path dir) throws IOException {
        SinganFiles.Saved saved = SinganFiles.read(dir);
        if (!saved.config().equals(config) || !saved.pyramid().equals(pyramid) || saved.seed() != seed) {
            throw new IOException("this SinGAN save was made for another image, config or seed");
        }
        if (current != null) {
            current.close();
            current = null;
        }
        trained.clear();
        finished = false;
        Scale first = pyramid.coarsest();
        float[] z = SinganFiles.readZOpt(dir.resolve(SinganFiles.Z_OPT), first.height(), first.width());
        if (!java.util.Arrays.equals(z, zOpt)) {
            throw new IOException("the saved z_opt differs from the one this seed draws");
        }
        for (SinganFiles.ScaleState state : saved.trained()) {
            Scale s = pyramid.scale(state.index());
            Block g = SinganNetworks.generator(config, s.features());
            SinganNetworks.initialise(g, config, manager, new SplittableRandom(0));
            WeightFiles.loadBlock(g, manager, dir.resolve(SinganFiles.generator(s.index())), List.of(),
                    "the generator of SinGAN scale " + s.index());
            WeightFiles.setTrainable(trainable(g), false);
            trained.add(new ScaleChain.Stage(s, g, state.noiseAmplitude()));
        }
        if (saved.current() != null) {
            int k = saved.current().index();
            Current c = open(k);
            WeightFiles.loadBlock(c.generator, manager, dir.resolve(SinganFiles.generator(k)), c.generatorTrainable,
                    "the generator of SinGAN scale " + k);
            WeightFiles.loadBlock(c.critic, c.scaleManager, dir.resolve(SinganFiles.critic(k)), c.criticTrainable,
                    "the critic of SinGAN scale " + k);
            WeightFiles.loadAdam(c.generatorAdam, dir.resolve(SinganFiles.generatorAdam(k)));
            WeightFiles.loadAdam(c.criticAdam, dir.resolve(SinganFiles.criticAdam(k)));
            c.noiseAmplitude = saved.current().noiseAmplitude();
            current = c;
        } else if (saved.trained().size() == pyramid.size()) {
            finished = true;
        }
    }

    /**
     * Every network whose weights {@link #save} writes: the finished generators, and the current scale's generator
     * and critic. The training loop checks them for NaN and infinity before saving.
     */
    public List<Block> networks() {
        List<Block> blocks = new ArrayList<>();
        trained.forEach(t -> blocks.add(t.generator()));
        if (current != null) {
            blocks.add(current.generator);
            blocks.add(current.critic);
        }
        return blocks;
    }

    /** Iterations of the whole pyramid: scales x iterations per scale. */
    public long totalIterations() {
        return (long) pyramid.size() * config.iterationsPerScale();
    }

    /** The scale that run-wide iteration {@code iteration} (0-based) belongs to. */
    public int scaleAt(long iteration) {
        return (int) Math.min(pyramid.size() - 1, iteration / config.iterationsPerScale());
    }

    /** The iteration within its scale of run-wide iteration {@code iteration}. */
    public long iterationInScale(long iteration) {
        return iteration - (long) scaleAt(iteration) * config.iterationsPerScale();
    }

    /** Arrays held by the weights' manager and the current scale's: for tests that nothing piles up. */
    int heldArrays() {
        return manager.getManagedArrays().size() + (current == null ? 0 : current.scaleManager.getManagedArrays().size());
    }

    /** Every parameter of the current generator and critic, laid end to end: for tests. */
    float[] currentWeights() {
        List<float[]> parts = new ArrayList<>();
        for (Block block : List.of(current.generator, current.critic)) {
            block.getParameters().forEach(p -> parts.add(p.getValue().getArray().toFloatArray()));
        }
        float[] all = new float[parts.stream().mapToInt(a -> a.length).sum()];
        int offset = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }

    private static List<Pair<String, Parameter>> trainable(Block block) {
        return block.getParameters().stream().filter(p -> p.getValue().requiresGradient()).toList();
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
        manager.close();
    }

    /** The scale in training: its networks, their optimisers, and its fixed inputs. */
    private final class Current implements AutoCloseable {
        final Scale scale;
        final Block generator;
        final Block critic;
        /** Owns the critic and both Adam states: freed when the scale is frozen. */
        final NDManager scaleManager;
        List<Pair<String, Parameter>> generatorTrainable;
        List<Pair<String, Parameter>> criticTrainable;
        Adam generatorAdam;
        Adam criticAdam;
        double noiseAmplitude = 1;
        /** The reconstruction path's input at this scale: zeros at 0, else the scale below's upsampled. */
        float[] reconstructionInput;

        Current(Scale scale, NDManager parent) {
            this.scale = scale;
            this.generator = SinganNetworks.generator(config, scale.features());
            this.critic = SinganNetworks.critic(config, scale.features());
            this.scaleManager = parent.newSubManager();
        }

        void makeOptimisers() {
            AdamSettings adam = new AdamSettings(config.beta1(), config.beta2(), 1e-8);
            generatorTrainable = trainable(generator);
            criticTrainable = trainable(critic);
            generatorAdam = new Adam(generatorTrainable, adam, scaleManager);
            criticAdam = new Adam(criticTrainable, adam, scaleManager);
        }

        /** Computes the reconstruction input and the noise amplitude from the finished scales below. */
        void prepareInputs() {
            int k = scale.index();
            int plane = config.channels() * scale.pixels();
            if (k == 0) {
                reconstructionInput = new float[plane];
                noiseAmplitude = 1;
                return;
            }
            try (NDManager m = manager.newSubManager()) {
                NDArray below = ScaleChain.reconstruction(trained, k - 1, zOpt, m, config, parameters);
                reconstructionInput = Resampling.resize(below, scale.height(), scale.width()).toFloatArray();
            }
            float[] real = reals.get(k).chw();
            double sum = 0;
            for (int i = 0; i < plane; i++) {
                double d = reconstructionInput[i] - real[i];
                sum += d * d;
            }
            noiseAmplitude = config.noiseAmpInit() * Math.sqrt(sum / plane);
        }

        @Override
        public void close() {
            generatorAdam.close();
            criticAdam.close();
            scaleManager.close();
        }
    }
}
