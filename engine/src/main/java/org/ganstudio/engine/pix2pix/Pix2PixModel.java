package org.ganstudio.engine.pix2pix;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
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
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.loss.GanLosses;
import org.ganstudio.engine.nn.Initializers;
import org.ganstudio.engine.optim.Adam;
import org.ganstudio.engine.optim.AdamSettings;
import org.ganstudio.engine.optim.LinearDecaySchedule;
import org.ganstudio.engine.train.DataSpec;
import org.ganstudio.engine.train.GanModel;
import org.ganstudio.engine.train.TrainingBatch;
import org.ganstudio.engine.train.UpdateObservers;
import org.ganstudio.engine.train.WeightFiles;
import org.ganstudio.engine.train.TrainingData;
import org.ganstudio.engine.nn.Scalars;

/**
 * A Pix2Pix model being trained (Isola et al. 2017, eq. 4): G* = arg min_G max_D L_cGAN(G, D) + lambda L_L1(G).
 *
 * <p>One step on a batch of (input, target) pairs: the discriminator learns to call D(input, target) real and
 * D(input, G(input)) fake, the fake detached, with its loss halved as in the reference implementation; then,
 * with D frozen, the generator learns to make D call its output real while staying within L1 of the target.
 * Both networks use their own Adam and the same linearly decaying learning rate. Dropout masks come from the
 * step's random source, so a resumed run repeats them exactly.
 */
public final class Pix2PixModel implements GanModel {

    static final String DISCRIMINATOR_FILE = "discriminator.params";
    static final String GENERATOR_ADAM_FILE = "generator.adam";
    static final String DISCRIMINATOR_ADAM_FILE = "discriminator.adam";
    /** Loss keys, in the order of the map a step returns. */
    public static final List<String> LOSS_KEYS = List.of("G GAN", "G L1", "D real", "D fake");
    static final int PREVIEW_PAIRS = 4;

    private static final EdgeAugmentation DRAWINGS = EdgeAugmentation.drawings();

    private final Pix2PixConfig config;
    private final Pix2PixGenerator generator;
    private final NDManager manager;
    private final Block discriminator;
    private final List<Pair<String, Parameter>> discriminatorTrainable;
    private final Adam generatorAdam;
    private final Adam discriminatorAdam;
    private final ParameterStore parameters;
    private final LinearDecaySchedule schedule;
    private float[] previewPairs;
    private int previewCount;
    /** A seam for tests of the step; observes nothing in training. */
    private UpdateObservers observers = UpdateObservers.NONE;

    /** Builds both networks on {@code device} with N(0, 0.02) weights drawn from {@code seed}. */
    public Pix2PixModel(Pix2PixConfig config, Device device, long seed) {
        this.config = config;
        SplittableRandom init = new SplittableRandom(seed);
        this.generator = new Pix2PixGenerator(config, device, init);
        this.manager = generator.manager();
        this.discriminator = PatchDiscriminator.build(config);
        int pairChannels = config.inputChannels() + config.outputChannels();
        discriminator.initialize(manager, DataType.FLOAT32, new Shape(1, pairChannels, config.imageSize(), config.imageSize()));
        Initializers.dcgan(discriminator.getParameters(), init);
        this.discriminatorTrainable = discriminator.getParameters().stream()
                .filter(p -> p.getValue().requiresGradient()).toList();
        AdamSettings adam = AdamSettings.gan(config.beta1());
        this.generatorAdam = new Adam(generator.trainable(), adam, manager);
        this.discriminatorAdam = new Adam(discriminatorTrainable, adam, manager);
        this.parameters = new ParameterStore(manager, false);
        this.schedule = new LinearDecaySchedule(config.learningRate(), config.decayStart());
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.PIX2PIX;
    }

    @Override
    public Pix2PixConfig config() {
        return config;
    }

    @Override
    public int imageSize() {
        return config.imageSize();
    }

    /** Input plus output channels: the values per pixel of one training pair. */
    @Override
    public int channels() {
        return config.inputChannels() + config.outputChannels();
    }

    @Override
    public DataSpec dataSpec() {
        return DataSpec.pairs(ModelFamily.PIX2PIX, config.imageSize(), config.inputChannels(), config.outputChannels());
    }

    /** With {@link Pix2PixConfig.Augmentation#DRAWINGS}, the grey edge maps are varied as people draw. */
    @Override
    public void augment(float[] batch, int batchSize, SplittableRandom random) {
        if (config.augmentation() == Pix2PixConfig.Augmentation.DRAWINGS) {
            DRAWINGS.augmentInputs(batch, batchSize, channels(), config.inputChannels(), config.imageSize(), random);
        }
    }

    /** The learning rate of both networks at a step of a run. */
    public double learningRate(long step, long totalSteps) {
        return schedule.rate(step, totalSteps);
    }

    @Override
    public Map<String, Double> trainStep(TrainingBatch batch) {
        generator.invalidate(); // the step changes the weights and BatchNorm's running statistics
        NDArray real = batch.real();
        Shape shape = real.getShape();
        if (shape.dimension() != 4 || shape.get(1) != channels() || shape.get(2) != config.imageSize()) {
            throw new IllegalArgumentException("expected pairs (N, " + channels() + ", " + config.imageSize() + ", "
                    + config.imageSize() + "), got " + shape);
        }
        NDArray input = real.get(new NDIndex(":, :{}", config.inputChannels()));
        NDArray target = real.get(new NDIndex(":, {}:", config.inputChannels()));
        NDList generatorInputs = new NDList(input);
        generatorInputs.addAll(dropoutMasks(batch.manager(), batch.random(), shape.get(0)));
        double rate = schedule.rate(batch.step(), batch.totalSteps());
        Map<String, Double> losses = new LinkedHashMap<>();
        NDArray fake;
        NDArray lossReal;
        NDArray lossFake;
        NDArray objectiveD;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            fake = generator.block().forward(parameters, generatorInputs, true).singletonOrThrow();
            lossReal = ganLoss(judge(input, target), 1f);
            lossFake = ganLoss(judge(input, fake.stopGradient()), 0f);
            objectiveD = Scalars.times(lossReal.add(lossFake), 0.5);
            collector.backward(objectiveD);
        }
        observers.beforeDiscriminator().accept(objectiveD);
        discriminatorAdam.step(rate);
        WeightFiles.setTrainable(discriminatorTrainable, false);
        NDArray objectiveG;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray lossGan = ganLoss(judge(input, fake), 1f);
            NDArray lossL1 = fake.sub(target).abs().mean();
            objectiveG = lossGan.add(Scalars.times(lossL1, config.lambdaL1()));
            collector.backward(objectiveG);
            losses.put(LOSS_KEYS.get(0), (double) lossGan.getFloat());
            losses.put(LOSS_KEYS.get(1), (double) lossL1.getFloat());
        } finally {
            WeightFiles.setTrainable(discriminatorTrainable, true);
        }
        observers.beforeGenerator().accept(objectiveG);
        generatorAdam.step(rate);
        losses.put(LOSS_KEYS.get(2), (double) lossReal.getFloat());
        losses.put(LOSS_KEYS.get(3), (double) lossFake.getFloat());
        return losses;
    }

    /** D's patch logits for (input, output) pairs, concatenated along the channels, input first. */
    private NDArray judge(NDArray input, NDArray output) {
        NDArray pair = NDArrays.concat(new NDList(input, output), 1);
        return discriminator.forward(parameters, new NDList(pair), true).singletonOrThrow();
    }

    private NDArray ganLoss(NDArray logits, float target) {
        return config.ganLoss() == Pix2PixConfig.GanLoss.LSGAN ? GanLosses.leastSquares(logits, target)
                : GanLosses.bceWithLogits(logits, target);
    }

    /** Inverted-dropout masks (0 or 1/(1-p)) for the first decoder blocks, drawn in order from {@code random}. */
    private NDList dropoutMasks(NDManager m, SplittableRandom random, long n) {
        NDList masks = new NDList();
        if (config.dropout() == 0) {
            return masks;
        }
        double keep = 1 - config.dropout();
        float scale = (float) (1 / keep);
        for (Shape shape : generator.block().maskShapes(n)) {
            float[] values = new float[Math.toIntExact(shape.size())];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextDouble() < keep ? scale : 0f;
            }
            masks.add(m.create(values, shape));
        }
        return masks;
    }

    /** For tests of the step: see {@link UpdateObservers}. */
    void observeUpdates(UpdateObservers observers) {
        this.observers = observers;
    }

    /** The generator, for tests in this package. */
    Pix2PixGenerator generatorForTests() {
        return generator;
    }

    /** Translates inputs (N, inC, S, S) in eval mode; see {@link Pix2PixGenerator#translate}. */
    public float[] translate(float[] inputs) {
        return generator.translate(inputs);
    }

    /**
     * Keeps up to {@value #PREVIEW_PAIRS} pairs spread evenly over {@code heldOut} for every later preview; empty
     * data is ignored.
     */
    @Override
    public void usePreviewData(TrainingData heldOut) {
        if (heldOut.size() == 0) {
            return;
        }
        if (heldOut.channels() != channels() || heldOut.height() != config.imageSize()
                || heldOut.width() != config.imageSize()) {
            throw new IllegalArgumentException("preview data of " + heldOut.size() + " samples with " + heldOut.channels()
                    + " channels at " + heldOut.width() + "x" + heldOut.height() + " px does not fit this model");
        }
        int count = Math.min(PREVIEW_PAIRS, heldOut.size());
        int[] indices = new int[count];
        for (int i = 0; i < count; i++) {
            indices[i] = (int) ((long) i * heldOut.size() / count);
        }
        float[] pairs = new float[count * channels() * config.imageSize() * config.imageSize()];
        heldOut.copyBatch(indices, pairs);
        previewPairs = pairs;
        previewCount = count;
    }

    /**
     * Input | output | target, one row per preview pair, the output in eval mode; before any preview data
     * is given, the output for a blank (mid-grey) input.
     */
    @Override
    public BufferedImage preview() {
        int size = config.imageSize();
        int plane = size * size;
        int inC = config.inputChannels();
        int outC = config.outputChannels();
        int n = previewPairs == null ? 1 : previewCount;
        float[] inputs = new float[n * inC * plane];
        float[] targets = new float[n * outC * plane];
        if (previewPairs != null) {
            for (int i = 0; i < n; i++) {
                int offset = i * (inC + outC) * plane;
                System.arraycopy(previewPairs, offset, inputs, i * inC * plane, inC * plane);
                System.arraycopy(previewPairs, offset + inC * plane, targets, i * outC * plane, outC * plane);
            }
        }
        return PreviewSheet.triplets(inputs, translate(inputs), targets, n, inC, outC, size);
    }

    @Override
    public List<Block> networks() {
        return List.of(generator.block(), discriminator);
    }

    @Override
    public void save(Path directory) throws IOException {
        generator.save(directory);
        WeightFiles.saveBlock(discriminator, directory.resolve(DISCRIMINATOR_FILE));
        WeightFiles.saveAdam(generatorAdam, directory.resolve(GENERATOR_ADAM_FILE));
        WeightFiles.saveAdam(discriminatorAdam, directory.resolve(DISCRIMINATOR_ADAM_FILE));
    }

    @Override
    public void load(Path directory) throws IOException {
        generator.loadWeights(directory);
        WeightFiles.loadBlock(discriminator, manager, directory.resolve(DISCRIMINATOR_FILE), discriminatorTrainable,
                "the discriminator weights of this Pix2Pix model");
        WeightFiles.loadAdam(generatorAdam, directory.resolve(GENERATOR_ADAM_FILE));
        WeightFiles.loadAdam(discriminatorAdam, directory.resolve(DISCRIMINATOR_ADAM_FILE));
    }

    /** Every parameter of both networks (running statistics included), laid end to end: for tests. */
    float[] allWeights() {
        List<float[]> parts = new ArrayList<>();
        for (Block block : List.of(generator.block(), discriminator)) {
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

    Pix2PixGenerator generator() {
        return generator;
    }

    Block discriminator() {
        return discriminator;
    }

    @Override
    public void close() {
        generatorAdam.close();
        discriminatorAdam.close();
        generator.close(); // closes the manager both networks live in
    }
}
