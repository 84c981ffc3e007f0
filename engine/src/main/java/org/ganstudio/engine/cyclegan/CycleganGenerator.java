package org.ganstudio.engine.cyclegan;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ganstudio.engine.nn.Initializers;
import org.ganstudio.engine.train.WeightFiles;

/**
 * One of CycleGAN's generators alone ({@link ResnetGenerator}) with the native memory it lives in: what inference
 * needs, and each generator half of {@link CycleganModel}. Instance norm has no running statistics and there is no
 * dropout, so training and inference compute the same function.
 */
final class CycleganGenerator implements AutoCloseable {

    private final CycleganConfig config;
    private final Direction direction;
    private final NDManager manager;
    private final Block block;
    private final ParameterStore parameters;
    private final List<Pair<String, Parameter>> trainable;

    /**
     * @param init draws the initial weights (N(0, 0.02) as the reference code's "normal" init, biases 0); null leaves
     *     DJL's initial values, for a generator whose weights are loaded next
     */
    CycleganGenerator(CycleganConfig config, Direction direction, Device device, SplittableRandom init) {
        this.config = config;
        this.direction = direction;
        this.manager = NDManager.newBaseManager(device);
        this.block = ResnetGenerator.build(direction.inputChannels(config), direction.outputChannels(config),
                config.generatorFeatures(), config.residualBlocks());
        block.initialize(manager, DataType.FLOAT32,
                new Shape(1, direction.inputChannels(config), config.imageSize(), config.imageSize()));
        if (init != null) {
            Initializers.dcgan(block.getParameters(), init);
        }
        this.parameters = new ParameterStore(manager, false);
        this.trainable = block.getParameters().stream().filter(p -> p.getValue().requiresGradient()).toList();
    }

    /** The generator of {@code direction} with the weights saved in {@code directory}, for inference. */
    static CycleganGenerator load(CycleganConfig config, Direction direction, Path directory, Device device)
            throws IOException {
        CycleganGenerator generator = new CycleganGenerator(config, direction, device, null);
        try {
            generator.loadWeights(directory);
            return generator;
        } catch (IOException | RuntimeException e) {
            generator.close();
            throw e;
        }
    }

    CycleganConfig config() {
        return config;
    }

    Direction direction() {
        return direction;
    }

    Block block() {
        return block;
    }

    /** Trainable parameters, named with the direction so that one Adam can hold both generators. */
    List<Pair<String, Parameter>> trainable() {
        return trainable.stream().map(p -> new Pair<>(direction.name() + "/" + p.getKey(), p.getValue())).toList();
    }

    /** The generator applied to (N, in, S, S) images while autograd records. */
    NDArray forward(NDArray images) {
        return block.forward(parameters, new NDList(images), true).singletonOrThrow();
    }

    /**
     * Translates a batch without recording gradients.
     *
     * @param inputs (N, in, S, S) floats in [-1, 1], laid end to end
     * @return (N, out, S, S) floats in [-1, 1]
     */
    float[] translate(float[] inputs) {
        int size = config.imageSize();
        int per = direction.inputChannels(config) * size * size;
        if (inputs.length == 0 || inputs.length % per != 0) {
            throw new IllegalArgumentException("expected a multiple of " + per + " input values, got " + inputs.length);
        }
        try (NDManager m = manager.newSubManager()) {
            NDArray x = m.create(inputs, new Shape(inputs.length / per, direction.inputChannels(config), size, size));
            return block.forward(parameters, new NDList(x), false).singletonOrThrow().toFloatArray();
        }
    }

    Optional<String> firstNonFiniteWeight() {
        return WeightFiles.firstNonFinite(block);
    }

    void save(Path directory) throws IOException {
        WeightFiles.saveBlock(block, directory.resolve(direction.file()));
    }

    /** Replaces the weights with those saved in {@code directory}; they can be trained on afterwards. */
    void loadWeights(Path directory) throws IOException {
        WeightFiles.loadBlock(block, manager, directory.resolve(direction.file()), trainable,
                "the " + (direction == Direction.A_TO_B ? "A to B" : "B to A") + " generator weights of this CycleGAN");
    }

    @Override
    public void close() {
        manager.close();
    }
}
