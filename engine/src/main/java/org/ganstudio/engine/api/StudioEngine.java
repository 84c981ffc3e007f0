package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** Everything the app asks of the engine. One instance per application. */
public interface StudioEngine extends AutoCloseable {

    DeviceInfo device();

    /**
     * What the numeric self-check found on the current device: the way convolutions are computed, whether the
     * numbers can be trusted, one line for a status bar. Runs the check on first use (well under a second).
     */
    NumericsReport numerics();

    /** Chooses the device for later work; takes effect for new runs and newly opened models. */
    void selectDevice(DevicePreference preference);

    /** The settings a family's training form shows, with the paper's defaults. */
    List<ConfigField> configFields(ModelFamily family);

    /** The families this build can train and open (registered packages); the others are "coming". */
    Set<ModelFamily> availableFamilies();

    /** What {@code family} trains on; a {@link StudioException} for a family this build does not have. */
    DataKind dataKind(ModelFamily family);

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

    /** Opens a trained DCGAN (a checkpoint or model directory); only its generator is read. */
    ImageGenerator openGenerator(Path modelDirectory);

    /**
     * The bookmarks saved in a JSON file.
     *
     * @throws StudioException when the file is missing, damaged or not a bookmark file, with a message for a person
     */
    List<LatentBookmark> readBookmarks(Path file);

    /** Saves bookmarks as JSON, replacing the file atomically (a failed write leaves the old file whole). */
    void writeBookmarks(Path file, List<LatentBookmark> bookmarks);

    /** Trained models of a family found in the studio's model folder, sorted by id. */
    List<InstalledModel> installedModels(ModelFamily family);

    /** Opens a trained Pix2Pix model (a checkpoint or model directory). */
    ImageTranslator openTranslator(Path modelDirectory);

    /**
     * Opens a trained unpaired translation model (CycleGAN: a checkpoint or model directory) with both of its
     * generators, to translate either way.
     *
     * @throws StudioException for a model of a family that translates one way only (Pix2Pix) or not at all, saying so
     */
    TwoWayTranslator openTwoWayTranslator(Path modelDirectory);

    /** Opens a trained multi-scale model (SinGAN): a checkpoint or model directory; only its generators are read. */
    MultiScaleSampler openMultiScaleSampler(Path modelDirectory);

    /**
     * What a run with these settings on this data would do and how long it would take, before it starts. A family that
     * cannot tell gives one phase of the form's steps and no estimate; a setting or dataset that cannot be used is a
     * {@link StudioException}, as starting would be.
     */
    TrainingPlan planTraining(TrainingRequest request);

    /** Black-on-white edges of an image, the same size as the image. */
    BufferedImage extractEdges(BufferedImage image, EdgeSettings settings);

    /**
     * Builds input|photo pairs from a folder of plain photos, on the calling thread. A photo that cannot be
     * used is skipped with its reason and the build goes on; pairs an earlier build wrote are kept, so a
     * cancelled build run again finishes the rest.
     *
     * @param listener told after each photo
     * @param cancelled polled between photos; when true the build stops, keeping every complete file
     * @throws StudioException if the photo folder is missing or the output folder cannot be made
     */
    PairBuildSummary buildPairs(PairBuildRequest request, PairBuildListener listener, BooleanSupplier cancelled);

    /**
     * A photo as a pair build sees it: decoded with the build's checks and fitted to a side x side square
     * (centre crop).
     *
     * @throws StudioException with the reason a build would skip the photo
     */
    BufferedImage fitPhoto(Path photo, int side);

    /** The input a pair build puts beside a fitted photo: its edges, or the photo in grey. Same size. */
    BufferedImage pairInput(BufferedImage fittedPhoto, PairInputKind input, EdgeSettings edges);

    /**
     * The {@code count} images of {@code folder} nearest to {@code query}, nearest first: each is fitted to the
     * query's size and channels (a centre square, as for training) and compared by mean absolute difference. Files
     * that are not images or cannot be decoded are skipped. The folder's decoded images are kept between calls (per
     * folder, size and channels, until the folder changes), so repeated queries are fast.
     *
     * @throws StudioException when the folder is missing or holds no usable image
     */
    List<NearestImage> nearestImages(BufferedImage query, Path folder, int count);

    @Override
    void close();
}
