package org.ganstudio.engine.train;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganstudio.engine.optim.Adam;

/** Saving and loading a family's networks and optimisers: the file plumbing every {@link GanModel} shares. */
public final class WeightFiles {

    private WeightFiles() {}

    /**
     * The name of the first parameter of {@code block} (running statistics included) that holds a NaN or an
     * infinity, or empty when every weight is a finite number.
     */
    public static java.util.Optional<String> firstNonFinite(Block block) {
        for (Pair<String, Parameter> named : block.getParameters()) {
            if (named.getValue().isInitialized()) {
                for (float value : named.getValue().getArray().toFloatArray()) {
                    if (!Float.isFinite(value)) {
                        return java.util.Optional.of(named.getKey());
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    public static void saveBlock(Block block, Path file) throws IOException {
        try (DataOutputStream out = output(file)) {
            block.saveParameters(out);
        }
    }

    /**
     * Loads a network's weights and makes its trainable parameters trainable again (loaded arrays come
     * without gradients).
     *
     * @param what names the network in the error, e.g. "the generator weights of this DCGAN"
     */
    public static void loadBlock(Block block, NDManager manager, Path file, List<Pair<String, Parameter>> trainable,
            String what) throws IOException {
        Map<String, Shape> expected = shapes(block);
        try (DataInputStream in = input(file)) {
            block.loadParameters(manager, in);
        } catch (MalformedModelException | RuntimeException e) {
            throw new IOException(doNotFit(what, file, "the file ends early or holds other layers than the config describes"), e);
        }
        Map<String, Shape> loaded = shapes(block);
        for (Map.Entry<String, Shape> e : expected.entrySet()) {
            Shape got = loaded.get(e.getKey());
            if (!e.getValue().equals(got)) {
                throw new IOException(doNotFit(what, file, "a layer of shape " + got + " where the config needs "
                        + e.getValue()));
            }
        }
        setTrainable(trainable, true);
    }

    private static String doNotFit(String what, Path file, String detail) {
        return "the weights do not fit its config.json (" + what + " in " + file.getFileName() + ": " + detail + ")";
    }

    /** The shape of every initialised parameter, by its path in the block. */
    private static Map<String, Shape> shapes(Block block) {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getValue().isInitialized()) {
                shapes.put(p.getKey(), p.getValue().getArray().getShape());
            }
        }
        return shapes;
    }

    public static void saveAdam(Adam adam, Path file) throws IOException {
        try (DataOutputStream out = output(file)) {
            adam.save(out);
        }
    }

    public static void loadAdam(Adam adam, Path file) throws IOException {
        try (DataInputStream in = input(file)) {
            adam.load(in);
        }
    }

    /** Turns gradients on or off (freezing D during the G step). */
    public static void setTrainable(List<Pair<String, Parameter>> params, boolean trainable) {
        for (Pair<String, Parameter> p : params) {
            p.getValue().getArray().setRequiresGradient(trainable);
        }
    }

    private static DataOutputStream output(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
    }

    private static DataInputStream input(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file)));
    }
}
