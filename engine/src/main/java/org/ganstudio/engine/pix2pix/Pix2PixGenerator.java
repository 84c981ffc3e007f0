package org.ganstudio.engine.pix2pix;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.ganstudio.engine.nn.Initializers;
import org.ganstudio.engine.train.WeightFiles;

/**
 * The Pix2Pix generator alone (Isola et al. 2017): its U-Net, the native memory it lives in, and its eval-mode
 * inference path, built on first use and rebuilt after the weights change. What inference needs, and the
 * generator half of {@link Pix2PixModel}.
 */
public final class Pix2PixGenerator implements AutoCloseable {

    /** The generator's weights in a checkpoint. */
    public static final String FILE = "generator.params";

    private final Pix2PixConfig config;
    private final NDManager manager;
    private final UnetGenerator block;
    private final List<Pair<String, Parameter>> trainable;
    private UnetInference inference;

    /**
     * @param init draws the initial weights (N(0, 0.02), norm scales N(1, 0.02)); null leaves DJL's
     *     initial values, for a generator whose weights are loaded next
     */
    Pix2PixGenerator(Pix2PixConfig config, Device device, SplittableRandom init) {
        this.config = config;
        this.manager = NDManager.newBaseManager(device);
        this.block = new UnetGenerator(config);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, config.inputChannels(), config.imageSize(), config.imageSize()));
        if (init != null) {
            Initializers.dcgan(block.getParameters(), init);
        }
        this.trainable = block.getParameters().stream().filter(p -> p.getValue().requiresGradient()).toList();
    }

    /** A new generator with the paper's initial weights drawn from {@code seed}. */
    public static Pix2PixGenerator initialised(Pix2PixConfig config, Device device, long seed) {
        return new Pix2PixGenerator(config, device, new SplittableRandom(seed));
    }

    /** A generator with the weights saved in {@code directory} (its {@link #FILE}), for inference. */
    public static Pix2PixGenerator load(Pix2PixConfig config, Path directory, Device device) throws IOException {
        Pix2PixGenerator generator = new Pix2PixGenerator(config, device, null);
        try {
            generator.loadWeights(directory);
            return generator;
        } catch (IOException | RuntimeException e) {
            generator.close();
            throw e;
        }
    }

    /** The first parameter holding a NaN or an infinity, if any. */
    public java.util.Optional<String> firstNonFiniteWeight() {
        return org.ganstudio.engine.train.WeightFiles.firstNonFinite(block);
    }

    public Pix2PixConfig config() {
        return config;
    }

    UnetGenerator block() {
        return block;
    }

    NDManager manager() {
        return manager;
    }

    List<Pair<String, Parameter>> trainable() {
        return trainable;
    }

    /**
     * Translates a batch in eval mode (no dropout, BatchNorm with running statistics, folded).
     *
     * @param inputs (N, inC, S, S) floats in [-1, 1], laid end to end
     * @return (N, outC, S, S) floats in [-1, 1]
     */
    public float[] translate(float[] inputs) {
        int per = config.inputChannels() * config.imageSize() * config.imageSize();
        if (inputs.length == 0 || inputs.length % per != 0) {
            throw new IllegalArgumentException("expected a multiple of " + per + " input values, got " + inputs.length);
        }
        try (NDManager m = manager.newSubManager()) {
            NDArray x = m.create(inputs, new Shape(inputs.length / per, config.inputChannels(), config.imageSize(),
                    config.imageSize()));
            return inference().forward(x).toFloatArray();
        }
    }

    private synchronized UnetInference inference() {
        if (inference == null) {
            inference = new UnetInference(block, manager);
        }
        return inference;
    }

    /** Drops the prepared inference path; call whenever the weights or running statistics change. */
    synchronized void invalidate() {
        if (inference != null) {
            inference.close();
            inference = null;
        }
    }

    void save(Path directory) throws IOException {
        WeightFiles.saveBlock(block, directory.resolve(FILE));
    }

    /** Replaces the weights with those saved in {@code directory}; they can be trained on afterwards. */
    void loadWeights(Path directory) throws IOException {
        invalidate();
        WeightFiles.loadBlock(block, manager, directory.resolve(FILE), trainable,
                "the generator weights of this Pix2Pix model");
    }

    @Override
    public void close() {
        invalidate();
        manager.close();
    }
}
