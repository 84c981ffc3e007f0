package org.ganstudio.engine.train;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingListener;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.checkpoint.CheckpointStore;
import org.ganstudio.engine.checkpoint.Json;

/** Starts new runs and resumes saved ones. */
public final class TrainingRuns {

    private final Function<DataSpec, DataSource> dataSources;
    private final String recipe;
    private final Function<Device, String> hardware;

    /**
     * @param dataSource loads the training folders of every family
     * @param recipe how runs are launched, recorded in model cards (e.g. "trained in the app")
     */
    public TrainingRuns(DataSource dataSource, String recipe) {
        this(dataSource, recipe, Device::toString);
    }

    /**
     * @param hardware describes a device for model cards (e.g. "CPU (AMD EPYC), 2 threads")
     */
    public TrainingRuns(DataSource dataSource, String recipe, Function<Device, String> hardware) {
        this(spec -> dataSource, recipe, hardware);
    }

    /**
     * @param dataSources picks the data source for what a model trains on ({@link GanModel#dataSpec()}): e.g. a
     *     folder of images for plain specs and a folder of pairs for {@link DataSpec#paired()} ones
     * @param recipe how runs are launched, recorded in model cards
     * @param hardware describes a device for model cards
     */
    public TrainingRuns(Function<DataSpec, DataSource> dataSources, String recipe, Function<Device, String> hardware) {
        this.dataSources = dataSources;
        this.recipe = recipe;
        this.hardware = hardware;
    }

    /**
     * Starts a new run of {@code family} on a background thread. The run folder must be new or empty: one that is
     * a file, holds a run or holds anything else is refused here, before the job starts, and left untouched.
     */
    public <C extends Record> TrainingJob start(GanFamily<C> family, C config, RunSettings run, Path dataset,
            Path runDirectory, Device device, TrainingListener listener) {
        RunFolders.requireNewRunFolder(runDirectory);
        JsonNode model = Json.mapper().valueToTree(config);
        RunConfig runConfig = new RunConfig(family.id(), dataset.toString(), run, model);
        return TrainingJob.start(runDirectory, (control, events) -> {
            Files.createDirectories(runDirectory);
            Json.write(runDirectory.resolve(RunFiles.CONFIG), runConfig);
            GanModel gan = family.create(config, device, run.seed());
            return prepared(gan, runConfig, runDirectory, device, TrainingProgress.start(), null, control, events);
        }, listener);
    }

    /**
     * Resumes the run that {@code checkpoint} belongs to, with the saved config (it wins over any form). The
     * checkpoint is verified file by file (its manifest must list every file the family reads) and must sit in
     * its own run's {@code checkpoints/step-N}; checkpoint writes that a kill left half-renamed are then put
     * back and temporary leftovers removed. Refusals end the job as failed, with nothing written.
     */
    public TrainingJob resume(Path checkpoint, Map<ModelFamily, GanFamily<?>> families, Device device,
            TrainingListener listener) {
        Path runDirectory = runDirectoryOf(checkpoint);
        return TrainingJob.start(runDirectory, (control, events) -> {
            ModelFamily id = SavedCheckpoint.peek(checkpoint).config().family();
            GanFamily<?> family = families.get(id);
            if (family == null) {
                throw new StudioException("This build cannot train " + id.displayName() + " models yet.");
            }
            SavedCheckpoint saved = SavedCheckpoint.open(checkpoint, family.trainingFiles(checkpoint));
            GanModel gan = create(family, saved, device);
            Path run;
            try {
                gan.load(checkpoint);
                run = RunFolders.runOf(saved);
            } catch (StudioException e) {
                gan.close();
                throw e;
            } catch (IOException | RuntimeException e) {
                gan.close();
                throw new StudioException("The checkpoint " + checkpoint + " cannot be loaded: " + e.getMessage() + ".", e);
            }
            CheckpointStore store = new CheckpointStore(run, saved.config().run().keepCheckpoints());
            store.recover();
            store.removeLeftovers();
            return prepared(gan, saved.config(), run, device, saved.progress(), checkpoint, control, events);
        }, listener);
    }

    private static <C extends Record> GanModel create(GanFamily<C> family, SavedCheckpoint saved, Device device) {
        C config = saved.modelConfig(family);
        return family.create(config, device, saved.config().run().seed());
    }

    /** A checkpoint lives in runDirectory/checkpoints/step-N ({@link RunFolders#runOf} checks that it does). */
    static Path runDirectoryOf(Path checkpoint) {
        Path parent = checkpoint.toAbsolutePath().normalize().getParent();
        return parent != null && parent.getParent() != null ? parent.getParent() : checkpoint.toAbsolutePath().normalize();
    }

    private PreparedRun prepared(GanModel gan, RunConfig config, Path runDirectory, Device device,
            TrainingProgress progress, Path resumedFrom, TrainingControl control, TrainingListener listener) {
        try {
            listener.onSnapshot(preparing(progress, config.run(), "Loading images from " + config.dataset()));
            int[] lastTenth = {-1};
            DataSpec spec = gan.dataSpec();
            TrainingData data = dataSources.apply(spec).load(Path.of(config.dataset()), spec.imageSize(), spec.channels(),
                    (done, total) -> {
                        int tenth = total == 0 ? 10 : done * 10 / total;
                        if (tenth != lastTenth[0]) { // at most 11 updates, however big the folder
                            lastTenth[0] = tenth;
                            listener.onSnapshot(preparing(progress, config.run(), "Loading images: " + done + " of " + total));
                        }
                    },
                    control::cancelRequested);
            listener.onSnapshot(preparing(progress, config.run(), loadedMessage(data)));
            gan.useTrainingData(data);
            gan.usePreviewData(data.validation().filter(v -> v.size() > 0).orElse(data));
            RunFiles files = new RunFiles(new CheckpointStore(runDirectory, config.run().keepCheckpoints()), config,
                    hardware.apply(device), recipe, data.size());
            NDManager manager = NDManager.newBaseManager(device);
            TrainingLoop loop = new TrainingLoop(gan, data, config.run(), files, manager, listener, control);
            return new PreparedRun(loop, progress, resumedFrom, gan, manager);
        } catch (RuntimeException e) {
            gan.close();
            throw e;
        }
    }

    static String loadedMessage(TrainingData data) {
        String loaded = data.size() == 1 ? "Loaded 1 image (" + data.width() + "x" + data.height() + ")"
                : "Loaded " + data.size() + " images";
        if (data.skipped().isEmpty()) {
            return loaded + ".";
        }
        String names = data.skipped().stream().limit(5).map(f -> f.name() + " (" + f.reason() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        int more = data.skipped().size() - 5;
        return loaded + "; skipped " + data.skipped().size() + ": " + names + (more > 0 ? " and " + more + " more" : "") + ".";
    }

    private static TrainingSnapshot preparing(TrainingProgress progress, RunSettings run, String message) {
        return new TrainingSnapshot(TrainingState.PREPARING, progress.step(), run.totalSteps(), progress.epoch(), Map.of(), 0,
                Duration.ZERO, null, message);
    }
}
