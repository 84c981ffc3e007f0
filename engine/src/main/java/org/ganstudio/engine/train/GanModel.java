package org.ganstudio.engine.train;

import ai.djl.nn.Block;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganstudio.engine.api.ModelFamily;

/**
 * What a model family plugs into the training loop. Implementations own their networks, optimisers and
 * native memory (closed by {@link #close()}).
 */
public interface GanModel extends AutoCloseable {

    ModelFamily family();

    /** The family's immutable config record, saved as the "model" part of config.json. */
    Record config();

    /** Image side the model trains on. */
    int imageSize();

    /** Values per pixel of one training sample: 1 for grey, 3 for colour; for paired data input + target channels. */
    int channels();

    /** What the model trains on; by default plain images of {@link #imageSize()} and {@link #channels()}. */
    default DataSpec dataSpec() {
        return DataSpec.images(family(), imageSize(), channels());
    }

    /**
     * Offers the loaded training data before the run's phases are asked for and before the first step: a family
     * that derives its schedule from the data (SinGAN's pyramid from the picture's size) reads it here. Nothing by
     * default.
     */
    default void useTrainingData(TrainingData data) {}

    /**
     * The run's phases in order (SinGAN: one per scale); their steps add up to the run's length, which then replaces
     * the form's step count. By default one phase of {@code runSteps}.
     */
    default List<TrainingPhase> phases(long runSteps) {
        return List.of(new TrainingPhase("Training", runSteps));
    }

    /**
     * Called before the first step of phase {@code index}, and, after {@link #load}, when a run resumes inside it
     * ({@code stepsDone} > 0 steps of the phase already done). Nothing by default.
     */
    default void enterPhase(int index, long stepsDone) {}

    /**
     * Changes a batch before it becomes a tensor (data augmentation), in place: {@code batchSize} samples of
     * {@link #channels()} planes of {@link #imageSize()} squared values each, as the data source copied them.
     * Every random choice comes from {@code random}, which the loop derives from the seed and the step, so a
     * resumed run augments exactly as an uninterrupted one. By default nothing changes.
     */
    default void augment(float[] batch, int batchSize, SplittableRandom random) {}

    /**
     * One optimisation step (for a GAN: discriminator then generator).
     *
     * @return the step's losses and diagnostics by name, in a stable order
     */
    Map<String, Double> trainStep(TrainingBatch batch);

    /** A grid of outputs from fixed inputs, without changing any state. */
    BufferedImage preview();

    /**
     * Offers data the preview may take its fixed inputs from (held-out data where there is some), before the
     * first preview. Families that preview from their own noise ignore it.
     */
    default void usePreviewData(TrainingData heldOut) {}

    /**
     * Every network whose weights {@link #save} writes. The loop checks their parameters for NaN and infinity
     * before each checkpoint and preview, so that a model that has diverged is never saved or drawn.
     */
    List<Block> networks();

    /** Writes weights and optimiser state into {@code directory}. */
    void save(Path directory) throws IOException;

    /** Restores what {@link #save} wrote. */
    void load(Path directory) throws IOException;

    @Override
    void close();
}
