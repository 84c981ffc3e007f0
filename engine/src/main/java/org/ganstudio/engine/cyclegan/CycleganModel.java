package org.ganstudio.engine.cyclegan;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
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
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.nn.Initializers;
import org.ganstudio.engine.nn.Scalars;
import org.ganstudio.engine.optim.Adam;
import org.ganstudio.engine.optim.AdamSettings;
import org.ganstudio.engine.optim.LinearDecaySchedule;
import org.ganstudio.engine.train.DataSpec;
import org.ganstudio.engine.train.GanModel;
import org.ganstudio.engine.train.TrainingBatch;
import org.ganstudio.engine.train.TrainingData;
import org.ganstudio.engine.train.WeightFiles;

/**
 * A CycleGAN being trained (Zhu et al. 2017, eq. 3): two generators G: A -> B and F: B -> A, two PatchGAN
 * discriminators D_A and D_B, and the objective L_GAN(G, D_B) + L_GAN(F, D_A) + lambda L_cyc(G, F) plus the identity
 * term of section 5.2.
 *
 * <p>One step on a batch of unpaired samples (each an image of A, then an image of B): first both generators, with
 * the discriminators frozen, learn to fool them (least squares), to bring x back from F(G(x)) and y from G(F(y)) (L1),
 * and to leave images of their own target domain alone (identity L1); then both discriminators learn to score real
 * images 1 and the fakes 0, the fakes drawn from an {@link ImagePool} of earlier ones, their loss halved. The two
 * generators share one Adam and the two discriminators another, as in the reference code; the learning rate falls
 * linearly over the second half of the run.
 */
public final class CycleganModel implements GanModel {

    static final String DISCRIMINATOR_A_FILE = "discriminator-a.params";
    static final String DISCRIMINATOR_B_FILE = "discriminator-b.params";
    static final String GENERATORS_ADAM_FILE = "generators.adam";
    static final String DISCRIMINATORS_ADAM_FILE = "discriminators.adam";
    static final String POOL_A_FILE = "pool-a.floats";
    static final String POOL_B_FILE = "pool-b.floats";
    /** Loss keys, in the order of the map a step returns. */
    public static final List<String> LOSS_KEYS = List.of("G GAN", "F GAN", "Cycle A", "Cycle B", "Identity A",
            "Identity B", "D_A", "D_B");
    static final int PREVIEW_PAIRS = 3;

    private final CycleganConfig config;
    private final CycleganGenerator aToB;
    private final CycleganGenerator bToA;
    private final NDManager manager;
    private final Block discriminatorA;
    private final Block discriminatorB;
    private final List<Pair<String, Parameter>> discriminatorTrainable;
    private final Adam generatorsAdam;
    private final Adam discriminatorsAdam;
    private final ParameterStore parameters;
    private final LinearDecaySchedule schedule;
    private final ImagePool poolA;
    private final ImagePool poolB;
    private float[] previewA;
    private float[] previewB;
    private int previewCount;

    /** Builds the four networks on {@code device} with N(0, 0.02) weights drawn from {@code seed}: G, F, D_A, D_B. */
    public CycleganModel(CycleganConfig config, Device device, long seed) {
        this.config = config;
        SplittableRandom init = new SplittableRandom(seed);
        this.aToB = new CycleganGenerator(config, Direction.A_TO_B, device, init);
        this.bToA = new CycleganGenerator(config, Direction.B_TO_A, device, init);
        this.manager = NDManager.newBaseManager(device);
        this.discriminatorA = discriminator(config.channelsA(), init);
        this.discriminatorB = discriminator(config.channelsB(), init);
        List<Pair<String, Parameter>> dTrainable = new ArrayList<>(named("D_A/", discriminatorA));
        dTrainable.addAll(named("D_B/", discriminatorB));
        this.discriminatorTrainable = List.copyOf(dTrainable);
        List<Pair<String, Parameter>> gTrainable = new ArrayList<>(aToB.trainable());
        gTrainable.addAll(bToA.trainable());
        AdamSettings adam = AdamSettings.gan(config.beta1());
        this.generatorsAdam = new Adam(gTrainable, adam, manager);
        this.discriminatorsAdam = new Adam(discriminatorTrainable, adam, manager);
        this.parameters = new ParameterStore(manager, false);
        this.schedule = new LinearDecaySchedule(config.learningRate(), config.decayStart());
        int plane = config.imageSize() * config.imageSize();
        this.poolA = new ImagePool(config.poolSize(), config.channelsA() * plane);
        this.poolB = new ImagePool(config.poolSize(), config.channelsB() * plane);
    }

    private Block discriminator(int channels, SplittableRandom init) {
        Block d = PatchDiscriminator.build(channels, config.discriminatorFeatures(), config.discriminatorLayers());
        d.initialize(manager, DataType.FLOAT32, new Shape(1, channels, config.imageSize(), config.imageSize()));
        Initializers.dcgan(d.getParameters(), init);
        return d;
    }

    private static List<Pair<String, Parameter>> named(String prefix, Block block) {
        return block.getParameters().stream().filter(p -> p.getValue().requiresGradient())
                .map(p -> new Pair<>(prefix + p.getKey(), p.getValue())).toList();
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.CYCLEGAN;
    }

    @Override
    public CycleganConfig config() {
        return config;
    }

    @Override
    public int imageSize() {
        return config.imageSize();
    }

    /** Channels of A plus channels of B: the values per pixel of one unpaired sample. */
    @Override
    public int channels() {
        return config.channelsA() + config.channelsB();
    }

    @Override
    public DataSpec dataSpec() {
        return DataSpec.unpaired(ModelFamily.CYCLEGAN, config.imageSize(), config.channelsA(), config.channelsB());
    }

    /** The learning rate of all four networks at a step of a run. */
    public double learningRate(long step, long totalSteps) {
        return schedule.rate(step, totalSteps);
    }

    @Override
    public Map<String, Double> trainStep(TrainingBatch batch) {
        NDArray real = batch.real();
        Shape shape = real.getShape();
        if (shape.dimension() != 4 || shape.get(1) != channels() || shape.get(2) != config.imageSize()
                || shape.get(3) != config.imageSize()) {
            throw new IllegalArgumentException("expected unpaired samples (N, " + channels() + ", " + config.imageSize()
                    + ", " + config.imageSize() + "), got " + shape);
        }
        NDArray realA = real.get(new NDIndex(":, :{}", config.channelsA()));
        NDArray realB = real.get(new NDIndex(":, {}:", config.channelsA()));
        double rate = schedule.rate(batch.step(), batch.totalSteps());
        Map<String, Double> losses = new LinkedHashMap<>();
        NDArray fakeB;
        NDArray fakeA;
        WeightFiles.setTrainable(discriminatorTrainable, false);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            fakeB = aToB.forward(realA);
            fakeA = bToA.forward(realB);
            NDArray ganG = CycleganLosses.adversarial(judge(discriminatorB, fakeB));
            NDArray ganF = CycleganLosses.adversarial(judge(discriminatorA, fakeA));
            NDArray cycleA = CycleganLosses.l1(bToA.forward(fakeB), realA);
            NDArray cycleB = CycleganLosses.l1(aToB.forward(fakeA), realB);
            NDArray objective = ganG.add(ganF).add(Scalars.times(cycleA.add(cycleB), config.lambdaCycle()));
            double identityA = 0;
            double identityB = 0;
            if (config.identityWeight() > 0) {
                NDArray sameB = CycleganLosses.l1(aToB.forward(realB), realB);
                NDArray sameA = CycleganLosses.l1(bToA.forward(realA), realA);
                objective = objective.add(Scalars.times(sameA.add(sameB), config.identityWeight()));
                identityA = sameA.getFloat();
                identityB = sameB.getFloat();
            }
            collector.backward(objective);
            losses.put(LOSS_KEYS.get(0), (double) ganG.getFloat());
            losses.put(LOSS_KEYS.get(1), (double) ganF.getFloat());
            losses.put(LOSS_KEYS.get(2), (double) cycleA.getFloat());
            losses.put(LOSS_KEYS.get(3), (double) cycleB.getFloat());
            losses.put(LOSS_KEYS.get(4), identityA);
            losses.put(LOSS_KEYS.get(5), identityB);
        } finally {
            WeightFiles.setTrainable(discriminatorTrainable, true);
        }
        generatorsAdam.step(rate);
        NDManager m = batch.manager();
        NDArray shownB = m.create(poolB.query(fakeB.toFloatArray(), batch.random()), fakeB.getShape());
        NDArray shownA = m.create(poolA.query(fakeA.toFloatArray(), batch.random()), fakeA.getShape());
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray lossA = CycleganLosses.discriminator(judge(discriminatorA, realA), judge(discriminatorA, shownA));
            NDArray lossB = CycleganLosses.discriminator(judge(discriminatorB, realB), judge(discriminatorB, shownB));
            collector.backward(lossA.add(lossB));
            losses.put(LOSS_KEYS.get(6), (double) lossA.getFloat());
            losses.put(LOSS_KEYS.get(7), (double) lossB.getFloat());
        }
        discriminatorsAdam.step(rate);
        return losses;
    }

    /** A discriminator's patch scores for images, recorded when a collector is open. */
    private NDArray judge(Block discriminator, NDArray images) {
        return discriminator.forward(parameters, new NDList(images), true).singletonOrThrow();
    }

    /** Translates A images (N, cA, S, S) to B, without recording gradients: for tests and the preview. */
    float[] translateAToB(float[] images) {
        return aToB.translate(images);
    }

    /** Translates B images (N, cB, S, S) to A, without recording gradients. */
    float[] translateBToA(float[] images) {
        return bToA.translate(images);
    }

    /** Keeps up to {@value #PREVIEW_PAIRS} samples spread evenly over {@code heldOut} for every later preview. */
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
        int plane = config.imageSize() * config.imageSize();
        int perA = config.channelsA() * plane;
        int perB = config.channelsB() * plane;
        float[] samples = new float[count * (perA + perB)];
        heldOut.copyBatch(indices, samples);
        previewA = new float[count * perA];
        previewB = new float[count * perB];
        for (int i = 0; i < count; i++) {
            System.arraycopy(samples, i * (perA + perB), previewA, i * perA, perA);
            System.arraycopy(samples, i * (perA + perB) + perA, previewB, i * perB, perB);
        }
        previewCount = count;
    }

    /**
     * Both cycles on the fixed preview images: A | G(A) | F(G(A)) and B | F(B) | G(F(B)); before any preview data is
     * given, the cycles of a blank (mid-grey) image of each domain.
     */
    @Override
    public BufferedImage preview() {
        int plane = config.imageSize() * config.imageSize();
        int n = previewA == null ? 1 : previewCount;
        float[] a = previewA == null ? new float[config.channelsA() * plane] : previewA;
        float[] b = previewB == null ? new float[config.channelsB() * plane] : previewB;
        float[] fakeB = aToB.translate(a);
        float[] fakeA = bToA.translate(b);
        return CyclePreview.sheet(config, n, a, fakeB, bToA.translate(fakeB), b, fakeA, aToB.translate(fakeA));
    }

    @Override
    public List<Block> networks() {
        return List.of(aToB.block(), bToA.block(), discriminatorA, discriminatorB);
    }

    @Override
    public void save(Path directory) throws IOException {
        aToB.save(directory);
        bToA.save(directory);
        WeightFiles.saveBlock(discriminatorA, directory.resolve(DISCRIMINATOR_A_FILE));
        WeightFiles.saveBlock(discriminatorB, directory.resolve(DISCRIMINATOR_B_FILE));
        WeightFiles.saveAdam(generatorsAdam, directory.resolve(GENERATORS_ADAM_FILE));
        WeightFiles.saveAdam(discriminatorsAdam, directory.resolve(DISCRIMINATORS_ADAM_FILE));
        savePool(poolA, directory.resolve(POOL_A_FILE));
        savePool(poolB, directory.resolve(POOL_B_FILE));
    }

    @Override
    public void load(Path directory) throws IOException {
        aToB.loadWeights(directory);
        bToA.loadWeights(directory);
        List<Pair<String, Parameter>> dA = discriminatorTrainable.stream().filter(p -> p.getKey().startsWith("D_A/"))
                .toList();
        List<Pair<String, Parameter>> dB = discriminatorTrainable.stream().filter(p -> p.getKey().startsWith("D_B/"))
                .toList();
        WeightFiles.loadBlock(discriminatorA, manager, directory.resolve(DISCRIMINATOR_A_FILE), dA,
                "the discriminator of domain A of this CycleGAN");
        WeightFiles.loadBlock(discriminatorB, manager, directory.resolve(DISCRIMINATOR_B_FILE), dB,
                "the discriminator of domain B of this CycleGAN");
        WeightFiles.loadAdam(generatorsAdam, directory.resolve(GENERATORS_ADAM_FILE));
        WeightFiles.loadAdam(discriminatorsAdam, directory.resolve(DISCRIMINATORS_ADAM_FILE));
        loadPool(poolA, directory.resolve(POOL_A_FILE));
        loadPool(poolB, directory.resolve(POOL_B_FILE));
    }

    private static void savePool(ImagePool pool, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            pool.save(out);
        }
    }

    private static void loadPool(ImagePool pool, Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            pool.load(in);
        }
    }

    /** Every parameter of the four networks, laid end to end: for tests. */
    float[] allWeights() {
        List<float[]> parts = new ArrayList<>();
        for (Block block : networks()) {
            block.getParameters().forEach(p -> parts.add(p.getValue().getArray().toFloatArray()));
        }
        float[] all = new float[parts.stream().mapToInt(x -> x.length).sum()];
        int offset = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }

    @Override
    public void close() {
        generatorsAdam.close();
        discriminatorsAdam.close();
        manager.close();
        aToB.close();
        bToA.close();
    }
}
