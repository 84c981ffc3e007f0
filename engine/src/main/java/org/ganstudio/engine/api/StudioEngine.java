package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/** Everything the app asks of the engine. One instance per application. */
public interface StudioEngine extends AutoCloseable {

    DeviceInfo device();

    /** Chooses the device for later work; takes effect for new runs and newly opened models. */
    void selectDevice(DevicePreference preference);

    /** The settings a family's training form shows, with the paper's defaults. */
    List<ConfigField> configFields(ModelFamily family);

    /** Looks through a folder of images; never throws for bad files, lists them as skipped. */
    DatasetScan scanDataset(Path folder);

    /** Looks through a folder as {@code family} trains on it: images, or input|target pairs for Pix2Pix. */
    default DatasetScan scanDataset(Path folder, ModelFamily family) {
        return scanDataset(folder);
    }

    /** Starts a new run on a background thread and returns at once. */
    TrainingHandle startTraining(TrainingRequest request, TrainingListener listener);

    /** Continues a run from one of its checkpoints, exactly where it stopped. */
    TrainingHandle resumeTraining(Path checkpointDirectory, TrainingListener listener);

    /** Checkpoints under a run directory (or a folder of runs), newest first. */
    List<CheckpointInfo> listCheckpoints(Path directory);

    /** Opens a trained DCGAN (a checkpoint or model directory). */
    ImageGenerator openGenerator(Path modelDirectory);

    /** Trained models of a family found in the studio's model folder, sorted by id. */
    List<InstalledModel> installedModels(ModelFamily family);

    /** Opens a trained Pix2Pix model (a checkpoint or model directory). */
    ImageTranslator openTranslator(Path modelDirectory);

    /** Black-on-white edges of an image, the same size as the image. */
    BufferedImage extractEdges(BufferedImage image, EdgeSettings settings);

    @Override
    void close();
}
