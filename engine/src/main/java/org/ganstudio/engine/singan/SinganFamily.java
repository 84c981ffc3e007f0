package org.ganstudio.engine.singan;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.DataKind;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.MultiScaleSampler;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingPlan;
import org.ganstudio.engine.image.SinglePicture;
import org.ganstudio.engine.train.GanFamily;
import org.ganstudio.engine.train.GanModel;
import org.ganstudio.engine.train.RunFields;
import org.ganstudio.engine.train.RunSettings;
import org.ganstudio.engine.train.SavedCheckpoint;

/**
 * SinGAN as a {@link GanFamily}: one picture of any size, a pyramid of scales trained one after another as the
 * loop's phases, a model made of one generator file per scale ({@link SinganFiles}) plus the picture it learnt,
 * opened as a {@link MultiScaleSampler}.
 */
public final class SinganFamily implements GanFamily<SinganConfig> {

    static final String SCHEDULE = "schedule";
    static final String MAX_SIZE = "maxSize";
    static final String SCALE_FACTOR = "scaleFactor";
    static final String ITERATIONS = "iterationsPerScale";
    static final String COLOUR = "colour";

    @Override
    public ModelFamily id() {
        return ModelFamily.SINGAN;
    }

    @Override
    public Class<SinganConfig> configType() {
        return SinganConfig.class;
    }

    @Override
    public DataKind dataKind() {
        return DataKind.SINGLE_IMAGE;
    }

    @Override
    public List<ConfigField> modelFields() {
        return fields("fast");
    }

    /** On a GPU the paper's schedule is the default; on a CPU the fast one. */
    @Override
    public List<ConfigField> modelFields(Device device) {
        return fields(device != null && device.isGpu() ? "paper" : "fast");
    }

    private static List<ConfigField> fields(String schedule) {
        return List.of(
                ConfigField.choice(SCHEDULE, "Schedule", schedule, List.of("fast", "paper"),
                        "fast: 200 px, scale factor 0.6, 32 maps, 600 iterations per scale (about an hour or less on"
                                + " 2 CPU cores); paper: 250 px, 0.75, 32 to 128 maps, 2000 iterations (a GPU's job)."),
                ConfigField.integer(MAX_SIZE, "Largest side", 0, 0, 1024,
                        "Pixels of the picture's longer side at the finest scale; 0 keeps the schedule's."),
                ConfigField.decimal(SCALE_FACTOR, "Scale factor", 0, 0, 0.95,
                        "Ratio between neighbouring scales; smaller means fewer scales. 0 keeps the schedule's."),
                ConfigField.integer(ITERATIONS, "Iterations per scale", 0, 0, 100_000,
                        "Training iterations of each scale; 0 keeps the schedule's."),
                ConfigField.choice(COLOUR, "Colour", "colour", List.of("colour", "grey"), "Train on colour or grey."));
    }

    @Override
    public SinganConfig parseConfig(Map<String, String> s) {
        SinganConfig.Schedule schedule = SinganConfig.Schedule.valueOf(v(s, SCHEDULE, "fast").toUpperCase(Locale.ROOT));
        SinganConfig base = SinganConfig.of(schedule);
        int maxSize = Integer.parseInt(v(s, MAX_SIZE, "0"));
        double factor = Double.parseDouble(v(s, SCALE_FACTOR, "0"));
        int iterations = Integer.parseInt(v(s, ITERATIONS, "0"));
        int channels = "grey".equals(v(s, COLOUR, "colour")) ? 1 : 3;
        return new SinganConfig(base.schedule(), channels, base.minSize(), maxSize > 0 ? maxSize : base.maxSize(),
                factor > 0 ? factor : base.scaleFactor(), base.minFeatures(), base.maxFeatures(), base.convBlocks(),
                base.leakySlope(), base.batchNorm(), iterations > 0 ? iterations : base.iterationsPerScale(),
                base.learningRate(), base.beta1(), base.beta2(), base.lrDropAt(), base.lrGamma(), base.criticSteps(),
                base.generatorSteps(), base.gradientPenalty(), base.reconstructionWeight(), base.noiseAmpInit());
    }

    private static String v(Map<String, String> settings, String key, String defaultValue) {
        String value = settings.get(key);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    /** The steps are the scales' iterations, and a step trains on the one picture: no batch. */
    @Override
    public Set<String> decidedRunFields() {
        return Set.of(RunFields.STEPS, RunFields.BATCH);
    }

    @Override
    public GanModel create(SinganConfig config, Device device, long seed) {
        return new SinganModel(config, device, seed);
    }

    /** pyramid.json, z_opt, one generator per finished scale, and the picture the model learnt. */
    @Override
    public List<String> inferenceFiles(Path directory) {
        try {
            List<String> files = new ArrayList<>(SinganFiles.inferenceFiles(directory));
            files.add(SinganModel.PICTURE);
            return files;
        } catch (IOException e) {
            throw unreadable(directory, e);
        }
    }

    /** What inference needs, and the scale in training's generator, critic and Adam states. */
    @Override
    public List<String> trainingFiles(Path directory) {
        try {
            List<String> files = new ArrayList<>(SinganFiles.resumeFiles(directory));
            files.add(SinganModel.PICTURE);
            return files;
        } catch (IOException e) {
            throw unreadable(directory, e);
        }
    }

    private static StudioException unreadable(Path directory, IOException e) {
        return new StudioException("The SinGAN at " + directory + " cannot be used: " + SinganFiles.PYRAMID
                + " cannot be read (" + e.getMessage() + ").", e);
    }

    @Override
    public Set<Class<?>> capabilities() {
        return Set.of(MultiScaleSampler.class);
    }

    @Override
    public <T> Optional<T> open(Class<T> capability, SavedCheckpoint saved, Device device) {
        return capability == MultiScaleSampler.class
                ? Optional.of(capability.cast(PyramidSampler.open(saved, device))) : Optional.empty();
    }

    /** The pyramid of the chosen picture, scale by scale, and the time it should take on {@code device}. */
    @Override
    public TrainingPlan plan(SinganConfig config, RunSettings run, Path dataset, Device device) {
        BufferedImage picture = SinglePicture.load(dataset, config.maxSize(), config.channels());
        ScalePyramid pyramid = ScalePyramid.plan(picture.getWidth(), picture.getHeight(), config);
        List<TrainingPlan.Phase> phases = new ArrayList<>();
        for (Scale s : pyramid.scales()) {
            phases.add(new TrainingPlan.Phase(SinganModel.phaseName(s, pyramid.size()), config.iterationsPerScale(),
                    s.width(), s.height()));
        }
        double flops = config.trainingFlops(pyramid);
        TrainingSpeed speed = TrainingSpeed.of(device);
        Duration estimate = Duration.ofSeconds(Math.max(1, Math.round(flops / speed.flopsPerSecond())));
        return new TrainingPlan(phases, estimate, String.format(Locale.ROOT,
                "%.1f TFLOP in all, at %.0f GFLOP/s (%s)", flops / 1e12, speed.flopsPerSecond() / 1e9, speed.basis()));
    }
}
