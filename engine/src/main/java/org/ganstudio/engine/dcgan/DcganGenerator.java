package org.ganstudio.engine.dcgan;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.ganstudio.engine.api.FeatureMask;
import org.ganstudio.engine.nn.ConvTranspose2d;
import org.ganstudio.engine.nn.Initializers;
import org.ganstudio.engine.train.WeightFiles;
import org.ganstudio.engine.nn.Scalars;

/**
 * The DCGAN generator alone, for inference and the latent lab: its network, the native memory it lives in, and
 * the BatchNorm-folded inference path ({@link DcganNetworks.GeneratorInference}), built once. No discriminator and
 * no optimiser are made. Its weights are never trained here, so they carry no gradients; the latent can (see
 * {@link #l1Gradient}).
 *
 * <p>A hidden layer is one up-convolution block with BatchNorm and ReLU; the last block (Tanh) makes the image.
 * A {@link FeatureMask} sets maps of hidden layers to zero after their ReLU.
 */
public final class DcganGenerator implements AutoCloseable {

    /** The generator's weights in a checkpoint or model folder. */
    public static final String FILE = DcganModel.GENERATOR_FILE;

    /**
     * The output of one hidden layer.
     *
     * @param maps feature maps (channels)
     * @param size side of each square map
     */
    public record Hidden(int maps, int size) {}

    private final DcganConfig config;
    private final NDManager manager;
    private final Block block;
    private final List<Hidden> hidden;
    private DcganNetworks.GeneratorInference inference;

    private DcganGenerator(DcganConfig config, Device device) {
        this.config = config;
        this.manager = NDManager.newBaseManager(device);
        this.block = DcganNetworks.generator(config);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, config.latentSize(), 1, 1));
        List<Hidden> layers = new ArrayList<>();
        long side = 1;
        for (Block child : block.getChildren().values()) {
            if (child instanceof ConvTranspose2d up) {
                side = ConvTranspose2d.outputSize(side, up.kernel(), up.stride(), up.padding());
                layers.add(new Hidden(up.filters(), (int) side));
            }
        }
        this.hidden = List.copyOf(layers.subList(0, layers.size() - 1));
    }

    /** The generator saved in {@code directory} (its {@link #FILE}), shapes checked against {@code config}. */
    public static DcganGenerator load(DcganConfig config, Path directory, Device device) throws IOException {
        DcganGenerator generator = new DcganGenerator(config, device);
        try {
            WeightFiles.loadBlock(generator.block, generator.manager, directory.resolve(FILE), List.of(),
                    "the generator weights of this DCGAN");
            return generator;
        } catch (IOException | RuntimeException e) {
            generator.close();
            throw e;
        }
    }

    /**
     * A generator with the paper's initial weights drawn from {@code seed}: the same weights as the generator of
     * {@code new DcganModel(config, device, seed)}. For tests and the bench.
     */
    public static DcganGenerator initialised(DcganConfig config, Device device, long seed) {
        DcganGenerator generator = new DcganGenerator(config, device);
        Initializers.dcgan(generator.block.getParameters(), new SplittableRandom(seed));
        return generator;
    }

    public DcganConfig config() {
        return config;
    }

    /** The network, for tests in this package. */
    Block block() {
        return block;
    }

    /** The hidden layers, from the latent towards the image. */
    public List<Hidden> hiddenLayers() {
        return hidden;
    }

    /** The first parameter holding a NaN or an infinity, if any. */
    public Optional<String> firstNonFiniteWeight() {
        return WeightFiles.firstNonFinite(block);
    }

    /**
     * Images (N, C, H, W) in [-1, 1] from latents laid end to end, in inference mode: exactly what
     * {@link DcganModel#generate} computes from the same weights.
     */
    public float[] generate(float[] latents) {
        return generate(latents, FeatureMask.NONE);
    }

    /** {@link #generate(float[])} with the maps of {@code mask} set to zero after their layer's ReLU. */
    public float[] generate(float[] latents, FeatureMask mask) {
        checkMask(mask);
        try (NDManager m = manager.newSubManager()) {
            return run(latentArray(m, latents), mask, inference().depth()).toFloatArray();
        }
    }

    /**
     * The output of hidden layer {@code layer} (N, maps, size, size) after its ReLU, laid end to end, with the
     * maps of {@code mask} switched off in the layers before it (not in this one).
     */
    public float[] activations(float[] latents, int layer, FeatureMask mask) {
        checkLayer(layer);
        checkMask(mask);
        try (NDManager m = manager.newSubManager()) {
            DcganNetworks.GeneratorInference net = inference();
            NDArray x = run(latentArray(m, latents), mask, layer);
            return net.layer(layer, x).toFloatArray();
        }
    }

    /**
     * For projection: the loss of each latent against one target image and its gradient with respect to the
     * latents. The loss of latent i is mean |G(z_i) - target| (values in [-1, 1]) + {@code prior} * mean(z_i^2).
     *
     * @param latents N latents laid end to end
     * @param target the image (C, H, W) in [-1, 1]
     * @param distances receives each latent's mean |G(z_i) - target| (N values), without the prior
     * @return d(sum of losses) / d(latents), laid out as the latents
     */
    public float[] l1Gradient(float[] latents, float[] target, double prior, float[] distances) {
        int pixels = config.channels() * config.imageSize() * config.imageSize();
        if (target.length != pixels) {
            throw new IllegalArgumentException("expected a target of " + pixels + " values, got " + target.length);
        }
        DcganNetworks.GeneratorInference net = inference(); // prepared outside the collector: weights stay constants
        try (NDManager m = manager.newSubManager()) {
            NDArray z = latentArray(m, latents);
            z.setRequiresGradient(true);
            NDArray t = m.create(target, new Shape(1, config.channels(), config.imageSize(), config.imageSize()));
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                long n = z.getShape().get(0);
                NDArray distance = net.forward(z).sub(t).abs().reshape(n, pixels).mean(new int[] {1});
                NDArray loss = distance.add(Scalars.times(z.square().reshape(n, config.latentSize())
                        .mean(new int[] {1}), prior)).sum();
                collector.backward(loss);
                float[] d = distance.toFloatArray();
                System.arraycopy(d, 0, distances, 0, d.length);
            }
            return z.getGradient().toFloatArray();
        }
    }

    /** The blocks before {@code upTo} applied to z, each hidden one masked. */
    private NDArray run(NDArray z, FeatureMask mask, int upTo) {
        DcganNetworks.GeneratorInference net = inference();
        NDArray x = z;
        for (int i = 0; i < upTo; i++) {
            x = net.layer(i, x);
            Set<Integer> off = mask.switchedOff().get(i);
            if (off != null && i < hidden.size()) {
                float[] keep = new float[hidden.get(i).maps()];
                java.util.Arrays.fill(keep, 1f);
                off.forEach(map -> keep[map] = 0f);
                x = x.mul(x.getManager().create(keep, new Shape(1, keep.length, 1, 1)));
            }
        }
        return x;
    }

    private NDArray latentArray(NDManager m, float[] latents) {
        int size = config.latentSize();
        if (latents.length == 0 || latents.length % size != 0) {
            throw new IllegalArgumentException("expected a multiple of " + size + " latent values, got " + latents.length);
        }
        return m.create(latents, new Shape(latents.length / size, size, 1, 1));
    }

    private void checkLayer(int layer) {
        if (layer < 0 || layer >= hidden.size()) {
            throw new IllegalArgumentException("hidden layer " + layer + " of " + hidden.size());
        }
    }

    private void checkMask(FeatureMask mask) {
        for (Map.Entry<Integer, Set<Integer>> e : mask.switchedOff().entrySet()) {
            checkLayer(e.getKey());
            for (int map : e.getValue()) {
                if (map < 0 || map >= hidden.get(e.getKey()).maps()) {
                    throw new IllegalArgumentException("map " + map + " of layer " + e.getKey() + ", which has "
                            + hidden.get(e.getKey()).maps());
                }
            }
        }
    }

    private synchronized DcganNetworks.GeneratorInference inference() {
        if (inference == null) {
            inference = new DcganNetworks.GeneratorInference(block, manager);
        }
        return inference;
    }

    @Override
    public synchronized void close() {
        if (inference != null) {
            inference.close();
            inference = null;
        }
        manager.close();
    }
}
