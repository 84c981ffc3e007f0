package org.ganstudio.engine.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.optim.Adam;
import org.ganstudio.engine.optim.AdamSettings;

/**
 * A real model for loop tests, small enough to run in milliseconds: one linear layer over the image, trained with
 * Adam to output 0. On the steps its config names, a NaN enters the backward pass, so the weights really become NaN.
 */
public final class ScriptedModel implements GanModel {

    static final String WEIGHTS_FILE = "net.params";
    static final String ADAM_FILE = "net.adam";
    public static final String LOSS = "fit";

    private final ScriptedFamily.Config config;
    private final LongConsumer afterStep;
    private final NDManager manager;
    private final Block net;
    private final List<Pair<String, Parameter>> trainable;
    private final Adam adam;
    private final ParameterStore parameters;
    private int previewsOfNonFiniteWeights;
    private Boolean weightsFiniteWhenClosed;
    private static final long CLOSE_MILLIS = 40;

    ScriptedModel(ScriptedFamily.Config config, Device device, long seed, LongConsumer afterStep) {
        this.config = config;
        this.afterStep = afterStep;
        this.manager = NDManager.newBaseManager(device);
        this.net = new SequentialBlock().add(Blocks.batchFlattenBlock()).add(Linear.builder().setUnits(1).build());
        net.initialize(manager, DataType.FLOAT32, new Shape(1, 1, config.imageSize(), config.width()));
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (Pair<String, Parameter> p : net.getParameters()) { // the same seed, the same start
            NDArray array = p.getValue().getArray();
            float[] values = new float[(int) array.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) (random.nextDouble() - 0.5) * 0.1f;
            }
            array.set(values);
        }
        this.trainable = net.getParameters().stream().filter(p -> p.getValue().requiresGradient()).toList();
        this.adam = new Adam(trainable, AdamSettings.gan(0.5), manager);
        this.parameters = new ParameterStore(manager, false);
    }

    @Override
    public ModelFamily family() {
        return ModelFamily.DCGAN;
    }

    @Override
    public Record config() {
        return config;
    }

    @Override
    public int imageSize() {
        return config.imageSize();
    }

    @Override
    public int channels() {
        return 1;
    }

    /** Every weight as it was when the run closed the model; null while open. */
    public volatile float[] weightsWhenClosed;
    /** The phases as the loop entered them: {index, steps already done in it}. */
    public final List<long[]> entered = new java.util.ArrayList<>();
    /** The shape of the data the run offered, {height, width}. */
    public int[] offeredShape;

    @Override
    public void useTrainingData(TrainingData data) {
        offeredShape = new int[] {data.height(), data.width()};
    }

    @Override
    public List<TrainingPhase> phases(long runSteps) {
        if (config.phaseSteps().isEmpty()) {
            return GanModel.super.phases(runSteps);
        }
        List<TrainingPhase> phases = new java.util.ArrayList<>();
        for (int i = 0; i < config.phaseSteps().size(); i++) {
            phases.add(new TrainingPhase("Phase " + (i + 1), config.phaseSteps().get(i), i + 1));
        }
        return phases;
    }

    @Override
    public void enterPhase(int index, long stepsDone) {
        entered.add(new long[] {index, stepsDone});
    }

    @Override
    public Map<String, Double> trainStep(TrainingBatch batch) {
        double reported;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray out = net.forward(parameters, new NDList(batch.real()), true).singletonOrThrow();
            NDArray loss = out.square().mean();
            reported = loss.getFloat();
            boolean poison = batch.step() == config.nanLossAtStep() || batch.step() == config.nanWeightsAtStep();
            collector.backward(poison ? loss.mul(Float.NaN) : loss);
            if (batch.step() == config.nanLossAtStep()) {
                reported = Double.NaN;
            }
        }
        adam.step(1e-3);
        afterStep.accept(batch.step());
        return Map.of(LOSS, reported);
    }

    /** A 1-pixel image, grey while the weights are finite; counts previews drawn from non-finite weights. */
    @Override
    public BufferedImage preview() {
        if (!weightsFinite()) {
            previewsOfNonFiniteWeights++;
        }
        return new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
    }

    /** True when every weight is a finite number. */
    public boolean weightsFinite() {
        for (Pair<String, Parameter> p : net.getParameters()) {
            for (float v : p.getValue().getArray().toFloatArray()) {
                if (!Float.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every weight, laid end to end. */
    public float[] weights() {
        List<float[]> parts = net.getParameters().stream().map(p -> p.getValue().getArray().toFloatArray()).toList();
        float[] all = new float[parts.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** Whether the weights were finite when the run closed the model; null while open. */
    public Boolean weightsFiniteWhenClosed() {
        return weightsFiniteWhenClosed;
    }

    public int previewsOfNonFiniteWeights() {
        return previewsOfNonFiniteWeights;
    }

    @Override
    public List<Block> networks() {
        return List.of(net);
    }

    @Override
    public void save(Path directory) throws IOException {
        WeightFiles.saveBlock(net, directory.resolve(WEIGHTS_FILE));
        WeightFiles.saveAdam(adam, directory.resolve(ADAM_FILE));
    }

    @Override
    public void load(Path directory) throws IOException {
        WeightFiles.loadBlock(net, manager, directory.resolve(WEIGHTS_FILE), trainable, "the scripted weights");
        WeightFiles.loadAdam(adam, directory.resolve(ADAM_FILE));
    }

    @Override
    public void close() {
        try {
            // a slow close, as a real model's native memory can take: a run that announced its end before
            // closing its model would let a test (or the app closing the engine) overtake it every time
            Thread.sleep(CLOSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        weightsFiniteWhenClosed = weightsFinite();
        weightsWhenClosed = weights();
        adam.close();
        manager.close();
    }
}
