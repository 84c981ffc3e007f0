package org.ganstudio.engine.core;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.ganstudio.engine.api.CheckpointInfo;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.DataKind;
import org.ganstudio.engine.api.DatasetScan;
import org.ganstudio.engine.api.DeviceInfo;
import org.ganstudio.engine.api.DevicePreference;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.InstalledModel;
import org.ganstudio.engine.api.LatentBookmark;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.MultiScaleSampler;
import org.ganstudio.engine.api.NearestImage;
import org.ganstudio.engine.api.NumericsReport;
import org.ganstudio.engine.api.PairBuildListener;
import org.ganstudio.engine.api.PairBuildRequest;
import org.ganstudio.engine.api.PairBuildSummary;
import org.ganstudio.engine.api.PairInputKind;
import org.ganstudio.engine.api.PairedDatasetScan;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingHandle;
import org.ganstudio.engine.api.TrainingListener;
import org.ganstudio.engine.api.TrainingPlan;
import org.ganstudio.engine.api.TrainingRequest;
import org.ganstudio.engine.api.TwoWayTranslator;
import org.ganstudio.engine.edges.EdgeExtractor;
import org.ganstudio.engine.latent.BookmarkFile;
import org.ganstudio.engine.numerics.NumericSelfCheck;
import org.ganstudio.engine.pairs.PairedFolderSource;
import org.ganstudio.engine.train.DataSource;
import org.ganstudio.engine.train.DataSpec;
import org.ganstudio.engine.train.GanFamily;
import org.ganstudio.engine.train.RunFields;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.TrainingRuns;

/** The engine as the app and the command line use it. */
public final class DefaultStudioEngine implements StudioEngine {

    private final TrainingRuns runs;
    private final NearestImages nearest = new NearestImages();
    private final Function<Device, NumericsReport> selfCheck;
    private volatile Device device;

    /** The engine; the numeric self-check runs once per process and device, before the first model is used. */
    public DefaultStudioEngine(String recipe) {
        this(recipe, NumericSelfCheck::establishOnce);
    }

    /** An engine whose numeric self-check is {@code selfCheck} (tests force its failure paths with this). */
    public DefaultStudioEngine(String recipe, Function<Device, NumericsReport> selfCheck) {
        this.selfCheck = selfCheck;
        this.runs = new TrainingRuns(DefaultStudioEngine::dataSource, recipe, DeviceSelector::hardware);
        this.device = DeviceSelector.choose(DevicePreference.AUTO);
    }

    /** The loader of each kind of training data. */
    static DataSource dataSource(DataSpec spec) {
        return switch (spec.kind()) {
            case IMAGES -> ImageFolderSource.INSTANCE;
            case PAIRS -> new PairedFolderSource(spec.inputChannels(), spec.outputChannels());
            case UNPAIRED -> new UnpairedFolderSource(spec.inputChannels(), spec.outputChannels());
            case SINGLE_IMAGE -> SinglePictureSource.INSTANCE;
        };
    }

    @Override
    public DeviceInfo device() {
        return DeviceSelector.describe(device);
    }

    @Override
    public NumericsReport numerics() {
        return selfCheck.apply(device);
    }

    /** The self-check's report; throws when its numbers cannot be trusted, so nothing trains on wrong numbers. */
    private void requireTrustworthyNumbers() {
        NumericsReport report = numerics();
        if (!report.trustworthy()) {
            throw new StudioException(report.summary());
        }
    }

    @Override
    public void selectDevice(DevicePreference preference) {
        device = DeviceSelector.choose(preference);
    }

    @Override
    public Set<ModelFamily> availableFamilies() {
        return Families.all().keySet();
    }

    @Override
    public DataKind dataKind(ModelFamily family) {
        return Families.get(family).dataKind();
    }

    @Override
    public List<ConfigField> configFields(ModelFamily family) {
        return RunFields.formFor(Families.get(family), Families.defaultBatch(family), device);
    }

    @Override
    public DatasetScan scanDataset(Path folder) {
        return ImageFolderSource.scan(folder);
    }

    @Override
    public DatasetScan scanDataset(Path folder, ModelFamily family) {
        return switch (Families.get(family).dataKind()) {
            case IMAGES -> scanDataset(folder);
            case PAIRS -> {
                PairedDatasetScan pairs = PairedFolderSource.scan(folder);
                yield new DatasetScan(folder, pairs.trainPairs(), pairs.skipped(), pairs.preview(), true,
                        pairs.validationPairs());
            }
            case UNPAIRED -> UnpairedFolderSource.scan(folder);
            case SINGLE_IMAGE -> SinglePictureSource.scan(folder);
        };
    }

    @Override
    public TrainingHandle startTraining(TrainingRequest request, TrainingListener listener) {
        if (request.device() != null) {
            selectDevice(request.device());
        }
        requireTrustworthyNumbers();
        return start(Families.get(request.family()), request, listener);
    }

    private <C extends Record> TrainingHandle start(GanFamily<C> family, TrainingRequest request,
            TrainingListener listener) {
        Settings<C> settings = settings(family, request);
        return runs.start(family, settings.config(), settings.run(), request.dataset(), request.runDirectory(), device,
                listener);
    }

    /** A request's form values read as the run's settings and the family's config. */
    private record Settings<C extends Record>(RunSettings run, C config) {}

    /**
     * A request's values on top of the form's defaults for this device, so that a setting left out (a command line
     * that names only a few) means what the form would have shown.
     */
    private <C extends Record> Settings<C> settings(GanFamily<C> family, TrainingRequest request) {
        List<ConfigField> form = RunFields.formFor(family, Families.defaultBatch(family.id()), device);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        form.forEach(f -> values.put(f.key(), f.defaultValue()));
        values.putAll(request.settings());
        RunSettings run = RunFields.parse(form, values);
        try {
            return new Settings<>(run, family.parseConfig(values));
        } catch (IllegalArgumentException e) { // the form allowed a combination the family's config refuses
            throw new StudioException("The settings need fixing: " + e.getMessage() + ".", e);
        }
    }

    @Override
    public TrainingHandle resumeTraining(Path checkpointDirectory, TrainingListener listener) {
        requireTrustworthyNumbers();
        return runs.resume(checkpointDirectory, Families.all(), device, listener);
    }

    @Override
    public List<CheckpointInfo> listCheckpoints(Path directory) {
        return CheckpointCatalog.list(directory);
    }

    @Override
    public ImageGenerator openGenerator(Path modelDirectory) {
        numerics();
        return ModelOpening.open(ImageGenerator.class, modelDirectory, device);
    }

    @Override
    public List<InstalledModel> installedModels(ModelFamily family) {
        return InstalledModels.list(InstalledModels.defaultRoot(), family);
    }

    @Override
    public ImageTranslator openTranslator(Path modelDirectory) {
        numerics();
        return ModelOpening.open(ImageTranslator.class, modelDirectory, device);
    }

    @Override
    public TwoWayTranslator openTwoWayTranslator(Path modelDirectory) {
        numerics();
        return ModelOpening.open(TwoWayTranslator.class, modelDirectory, device);
    }

    @Override
    public MultiScaleSampler openMultiScaleSampler(Path modelDirectory) {
        numerics();
        return ModelOpening.open(MultiScaleSampler.class, modelDirectory, device);
    }

    @Override
    public TrainingPlan planTraining(TrainingRequest request) {
        if (request.device() != null) {
            selectDevice(request.device());
        }
        return plan(Families.get(request.family()), request);
    }

    private <C extends Record> TrainingPlan plan(GanFamily<C> family, TrainingRequest request) {
        Settings<C> settings = settings(family, request);
        return family.plan(settings.config(), settings.run(), request.dataset(), device);
    }

    @Override
    public BufferedImage extractEdges(BufferedImage image, EdgeSettings settings) {
        return EdgeExtractor.extract(image, settings);
    }

    @Override
    public PairBuildSummary buildPairs(PairBuildRequest request, PairBuildListener listener, BooleanSupplier cancelled) {
        return PairBuilds.build(request, listener, cancelled);
    }

    @Override
    public BufferedImage fitPhoto(Path photo, int side) {
        return PairBuilds.fitPhoto(photo, side);
    }

    @Override
    public BufferedImage pairInput(BufferedImage fittedPhoto, PairInputKind input, EdgeSettings edges) {
        return PairBuilds.inputMaker(input, edges).apply(fittedPhoto);
    }

    @Override
    public List<LatentBookmark> readBookmarks(Path file) {
        return BookmarkFile.read(file);
    }

    @Override
    public void writeBookmarks(Path file, List<LatentBookmark> bookmarks) {
        BookmarkFile.write(file, bookmarks);
    }

    @Override
    public List<NearestImage> nearestImages(BufferedImage query, Path folder, int count) {
        return nearest.find(query, folder, count);
    }

    /** How many times {@link #nearestImages} decoded a folder (its cache keeps them between calls). */
    int nearestFolderReads() {
        return nearest.reads();
    }

    @Override
    public void close() {
        // nothing held between calls: runs and generators own and free their native memory
    }
}
