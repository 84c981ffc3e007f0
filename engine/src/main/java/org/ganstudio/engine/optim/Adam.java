package org.ganstudio.engine.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganstudio.engine.nn.PtAutograd;

/**
 * Adam (Kingma and Ba 2015) over a fixed list of named parameters, with moments that can be saved.
 *
 * <p>Uses the engine's fused update: {@code w -= lr * sqrt(1 - b2^t) / (1 - b1^t) * m / (sqrt(v) + eps)}.
 * The fused update also sets the parameter's gradient to zero, by assignment (AdamTest checks that a NaN
 * gradient comes out as exactly 0), so the next backward starts clean; arithmetic such as {@code g - g}, which
 * this class used before, would leave a NaN gradient NaN for every later step. {@link #zeroGradients} assigns
 * zeros too.
 */
public final class Adam implements AutoCloseable {

    private static final int FORMAT = 0x41444D31; // "ADM1"

    private final List<Pair<String, Parameter>> parameters;
    private final AdamSettings settings;
    private final Map<String, NDArray> firstMoments = new LinkedHashMap<>();
    private final Map<String, NDArray> secondMoments = new LinkedHashMap<>();
    private final NDManager stateManager;
    private long updates;

    /**
     * @param parameters named parameters to optimise, in a stable order
     * @param settings hyper-parameters
     * @param owner manager that will own the moment arrays (usually the model's)
     */
    public Adam(List<Pair<String, Parameter>> parameters, AdamSettings settings, NDManager owner) {
        this.parameters = List.copyOf(parameters);
        this.settings = settings;
        this.stateManager = owner.newSubManager();
        for (Pair<String, Parameter> named : this.parameters) {
            NDArray weight = named.getValue().getArray();
            firstMoments.put(named.getKey(), stateManager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice()));
            secondMoments.put(named.getKey(), stateManager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice()));
        }
    }

    /** Updates every parameter that has a gradient, using {@code learningRate}, then zeroes the gradients. */
    public void step(double learningRate) {
        updates++;
        double correction = Math.sqrt(1 - Math.pow(settings.beta2(), updates)) / (1 - Math.pow(settings.beta1(), updates));
        for (Pair<String, Parameter> named : parameters) {
            NDArray weight = named.getValue().getArray();
            if (!weight.hasGradient()) {
                continue;
            }
            try (NDArray gradient = weight.getGradient()) {
                NDList inputs = new NDList(weight, gradient, firstMoments.get(named.getKey()), secondMoments.get(named.getKey()));
                weight.getNDArrayInternal()
                        .adamUpdate(inputs, new NDList(weight), (float) learningRate, (float) (learningRate * correction),
                                0f, 1f, -1f, (float) settings.beta1(), (float) settings.beta2(), (float) settings.epsilon(),
                                false, false);
            }
        }
    }

    /** Sets the gradients of all parameters to zero (NaN and infinite ones too) without updating them. */
    public void zeroGradients() {
        for (Pair<String, Parameter> named : parameters) {
            NDArray weight = named.getValue().getArray();
            if (weight.hasGradient()) {
                PtAutograd.clearGradients(List.of(weight));
            }
        }
    }

    /** Number of updates made so far (Adam's t). */
    public long updates() {
        return updates;
    }

    public AdamSettings settings() {
        return settings;
    }

    /** Writes t and both moments of every parameter. */
    public void save(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeLong(updates);
        out.writeInt(parameters.size());
        for (Pair<String, Parameter> named : parameters) {
            out.writeUTF(named.getKey());
            writeArray(out, firstMoments.get(named.getKey()));
            writeArray(out, secondMoments.get(named.getKey()));
        }
    }

    /** Restores what {@link #save} wrote; the parameter names and shapes must match. */
    public void load(DataInputStream in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("not an optimiser state file");
        }
        long savedUpdates = in.readLong();
        int count = in.readInt();
        if (count != parameters.size()) {
            throw new IOException("optimiser state has " + count + " parameters, the model has " + parameters.size());
        }
        List<float[]> values = new ArrayList<>();
        for (Pair<String, Parameter> named : parameters) {
            String name = in.readUTF();
            if (!name.equals(named.getKey())) {
                throw new IOException("optimiser state names parameter '" + name + "', expected '" + named.getKey() + "'");
            }
            values.add(readArray(in, firstMoments.get(name)));
            values.add(readArray(in, secondMoments.get(name)));
        }
        int i = 0;
        for (Pair<String, Parameter> named : parameters) {
            firstMoments.get(named.getKey()).set(values.get(i++));
            secondMoments.get(named.getKey()).set(values.get(i++));
        }
        updates = savedUpdates;
    }

    private static void writeArray(DataOutputStream out, NDArray array) throws IOException {
        float[] data = array.toFloatArray();
        out.writeInt(data.length);
        for (float v : data) {
            out.writeFloat(v);
        }
    }

    private static float[] readArray(DataInputStream in, NDArray like) throws IOException {
        int length = in.readInt();
        if (length != like.size()) {
            throw new IOException("optimiser state array has " + length + " values, expected " + like.size());
        }
        float[] data = new float[length];
        for (int i = 0; i < length; i++) {
            data[i] = in.readFloat();
        }
        return data;
    }

    @Override
    public void close() {
        stateManager.close();
    }
}
