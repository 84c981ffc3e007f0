package org.ganstudio.engine.dcgan;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.image.ImageGrid;
import org.ganstudio.engine.image.ImageTensors;
import org.ganstudio.engine.loss.GanLosses;
import org.ganstudio.engine.nn.Initializers;
import org.ganstudio.engine.optim.Adam;
import org.ganstudio.engine.optim.AdamSettings;
import org.ganstudio.engine.train.GanModel;
import org.ganstudio.engine.train.StepRandom;
import org.ganstudio.engine.train.TrainingBatch;
import org.ganstudio.engine.train.UpdateObservers;
import org.ganstudio.engine.train.WeightFiles;

/**
 * A DCGAN being trained or sampled: both networks, their Adam optimisers and the fixed preview noise.
 *
 * <p>One step: the discriminator learns to tell real from G(z) (the fake detached), then the generator,
 * with the discriminator frozen, learns to make D call G(z) real (the non-saturating loss).
 */
public final class DcganModel implements GanModel {

    static final String GENERATOR_FILE = "generator.params";
    static final String DISCRIMINATOR_FILE = "discriminator.params";
    static final String GENERATOR_ADAM_FILE = "generator.adam";
    static final String DISCRIMINATOR_ADAM_FILE = "discriminator.adam";
    private static final int PREVIEW_COUNT = 64;

    private final DcganConfig config;
    private final NDManager manager;
    private final Block generator;
    private final Block discriminator;
    private final List<Pair<String, Parameter>> generatorTrainable;
    private final List<Pair<String, Parameter>> discriminatorTrainable;
    private final Adam generatorAdam;
    private final Adam discriminatorAdam;
    private final ParameterStore parameters;
    private final float[] previewLatents;
    /** The generator prepared for inference from the current weights; null until needed or after they change. */
    private DcganNetworks.GeneratorInference inference;
    /** A seam for tests of the step; observes nothing in training. */
    private UpdateObservers observers = UpdateObservers.NONE;

    /** Builds both networks on {@code device} with the paper's initialisation drawn from {@code seed}. */
    public DcganModel(DcganConfig config, Device device, long seed) {
        this.config = config;
        this.manager = NDManager.newBaseManager(device);
        this.generator = DcganNetworks.generator(config);
        this.discriminator = DcganNetworks.discriminator(config);
        generator.initialize(manager, DataType.FLOAT32, new Shape(1, config.latentSize(), 1, 1));
        discriminator.initialize(manager, DataType.FLOAT32, new Shape(1, config.channels(), config.imageSize(), config.imageSize()));
        SplittableRandom init = new SplittableRandom(seed);
        Initializers.dcgan(generator.getParameters(), init);
        Initializers.dcgan(discriminator.getParameters(), init);
        AdamSettings adam = AdamSettings.gan(config.beta1());
        this.generatorTrainable = trainable(generator);
        this.generatorAdam = new Adam(generatorTrainable, adam, manager);
        this.discriminatorTrainable = trainable(discriminator);
        this.discriminatorAdam = new Adam(discriminatorTrainable, adam, manager);
        this.parameters = new ParameterStore(manager, false);
        this.previewLatents = StepRandom.gaussian(StepRandom.forStep(seed, -1, 7), PREVIEW_COUNT * config.latentSize());
    }

    private static List<Pair<String, Parameter>> trainable(Block block) {
        return block.getParameters().stream().filter(p -> p.getValue().requiresGradient()).toList();
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.DCGAN;
    }

    @Override
    public DcganConfig config() {
        return config;
    }

    @Override
    public int imageSize() {
        return config.imageSize();
    }

    @Override
    public int channels() {
        return config.channels();
    }

    @Override
    public Map<String, Double> trainStep(TrainingBatch batch) {
        invalidateInference(); // the step changes the weights and BatchNorm's running statistics
        NDManager m = batch.manager();
        NDArray real = batch.real();
        int n = (int) real.getShape().get(0);
        NDArray z = m.create(StepRandom.gaussian(batch.random(), n * config.latentSize()), latentShape(n));
        Map<String, Double> losses = new LinkedHashMap<>();
        NDArray fake;
        NDArray lossD;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            fake = generator.forward(parameters, new NDList(z), true).singletonOrThrow();
            NDArray realLogits = discriminator.forward(parameters, new NDList(real), true).singletonOrThrow();
            NDArray fakeLogits = discriminator.forward(parameters, new NDList(fake.stopGradient()), true).singletonOrThrow();
            lossD = GanLosses.bceWithLogits(realLogits, 1f).add(GanLosses.bceWithLogits(fakeLogits, 0f));
            collector.backward(lossD);
            losses.put("D", (double) lossD.getFloat());
            losses.put("D(x)", GanLosses.meanProbability(realLogits));
            losses.put("D(G(z))", GanLosses.meanProbability(fakeLogits));
        }
        observers.beforeDiscriminator().accept(lossD);
        discriminatorAdam.step(config.learningRate());
        WeightFiles.setTrainable(discriminatorTrainable, false);
        NDArray lossG;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray logits = discriminator.forward(parameters, new NDList(fake), true).singletonOrThrow();
            lossG = GanLosses.bceWithLogits(logits, 1f);
            collector.backward(lossG);
            losses.put("G", (double) lossG.getFloat());
        } finally {
            WeightFiles.setTrainable(discriminatorTrainable, true);
        }
        observers.beforeGenerator().accept(lossG);
        generatorAdam.step(config.learningRate());
        return losses;
    }

    private Shape latentShape(int n) {
        return new Shape(n, config.latentSize(), 1, 1);
    }

    /**
     * Generates images (N, C, H, W) in [-1, 1] from latents laid end to end, in inference mode (BatchNorm with
     * its running statistics, folded into the convolutions; equal to the generator block's inference forward
     * up to float rounding).
     */
    public float[] generate(float[] latents) {
        int n = latents.length / config.latentSize();
        try (NDManager m = manager.newSubManager()) {
            NDArray z = m.create(latents, latentShape(n));
            return inference().forward(z).toFloatArray();
        }
    }

    /** For tests of the step: see {@link UpdateObservers}. */
    void observeUpdates(UpdateObservers observers) {
        this.observers = observers;
    }

    /** The generator network, for tests in this package. */
    Block generator() {
        return generator;
    }

    /** The discriminator network, for tests in this package. */
    Block discriminator() {
        return discriminator;
    }

    /** The manager of the weights and optimiser state, for tests that check nothing else accumulates there. */
    NDManager manager() {
        return manager;
    }

    private synchronized DcganNetworks.GeneratorInference inference() {
        if (inference == null) {
            inference = new DcganNetworks.GeneratorInference(generator, manager);
        }
        return inference;
    }

    private synchronized void invalidateInference() {
        if (inference != null) {
            inference.close();
            inference = null;
        }
    }

    @Override
    public BufferedImage preview() {
        float[] images = generate(previewLatents);
        int pixels = config.channels() * config.imageSize() * config.imageSize();
        BufferedImage[] tiles = new BufferedImage[PREVIEW_COUNT];
        for (int i = 0; i < PREVIEW_COUNT; i++) {
            float[] one = java.util.Arrays.copyOfRange(images, i * pixels, (i + 1) * pixels);
            tiles[i] = ImageTensors.fromChw(one, config.channels(), config.imageSize(), config.imageSize());
        }
        return ImageGrid.grid(java.util.Arrays.asList(tiles));
    }

    @Override
    public List<Block> networks() {
        return List.of(generator, discriminator);
    }

    @Override
    public void save(Path directory) throws IOException {
        WeightFiles.saveBlock(generator, directory.resolve(GENERATOR_FILE));
        WeightFiles.saveBlock(discriminator, directory.resolve(DISCRIMINATOR_FILE));
        WeightFiles.saveAdam(generatorAdam, directory.resolve(GENERATOR_ADAM_FILE));
        WeightFiles.saveAdam(discriminatorAdam, directory.resolve(DISCRIMINATOR_ADAM_FILE));
    }

    @Override
    public void load(Path directory) throws IOException {
        invalidateInference();
        loadGenerator(directory);
        WeightFiles.loadBlock(discriminator, manager, directory.resolve(DISCRIMINATOR_FILE), discriminatorTrainable,
                "the discriminator weights of this DCGAN");
        WeightFiles.loadAdam(generatorAdam, directory.resolve(GENERATOR_ADAM_FILE));
        WeightFiles.loadAdam(discriminatorAdam, directory.resolve(DISCRIMINATOR_ADAM_FILE));
    }

    /** The first generator parameter holding a NaN or an infinity, if any. */
    public java.util.Optional<String> firstNonFiniteGeneratorWeight() {
        return WeightFiles.firstNonFinite(generator);
    }

    /** Loads only the generator, which is all that sampling needs. */
    public void loadGenerator(Path directory) throws IOException {
        invalidateInference();
        WeightFiles.loadBlock(generator, manager, directory.resolve(GENERATOR_FILE), generatorTrainable,
                "the generator weights of this DCGAN");
    }

    /** Every parameter of both networks (running statistics included), laid end to end: for tests. */
    float[] allWeights() {
        List<float[]> parts = new java.util.ArrayList<>();
        for (Block block : List.of(generator, discriminator)) {
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

    @Override
    public void close() {
        invalidateInference();
        generatorAdam.close();
        discriminatorAdam.close();
        manager.close();
    }
}
