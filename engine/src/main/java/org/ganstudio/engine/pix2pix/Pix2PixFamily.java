package org.ganstudio.engine.pix2pix;

import ai.djl.Device;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.DataKind;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.train.ModelExport;
import org.ganstudio.engine.train.ModelFolders;
import org.ganstudio.engine.train.SavedCheckpoint;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.train.GanFamily;
import org.ganstudio.engine.train.GanModel;

/** Pix2Pix (Isola et al. 2017) as a {@link GanFamily}: its form with the paper's defaults and its model factory. */
public final class Pix2PixFamily implements GanFamily<Pix2PixConfig> {

    static final String IMAGE_SIZE = "imageSize";
    static final String INPUT = "inputChannels";
    static final String OUTPUT = "outputChannels";
    static final String NGF = "generatorFeatures";
    static final String NDF = "discriminatorFeatures";
    static final String NORM = "norm";
    static final String GAN_LOSS = "ganLoss";
    static final String LAMBDA = "lambdaL1";
    static final String DROPOUT = "dropout";
    static final String LEARNING_RATE = "learningRate";
    static final String BETA1 = "beta1";
    static final String DECAY_START = "decayStart";
    static final String AUGMENTATION = "augmentation";
    /** The config.json schema that added {@link #AUGMENTATION}; older files trained without it. */
    static final int AUGMENTATION_SCHEMA = 2;
    static final String COLOUR = "colour";
    static final String GREY = "grey";
    /** The paper trains with one pair per step. */
    static final int PAPER_BATCH = 1;

    @Override
    public ModelFamily id() {
        return ModelFamily.PIX2PIX;
    }

    @Override
    public Class<Pix2PixConfig> configType() {
        return Pix2PixConfig.class;
    }

    @Override
    public List<ConfigField> modelFields() {
        Pix2PixConfig p = Pix2PixConfig.paper();
        return List.of(
                ConfigField.choice(IMAGE_SIZE, "Image size", "256", List.of("256", "128", "64"),
                        "Side of the square images, in pixels (the paper: 256)."),
                ConfigField.choice(INPUT, "Input", COLOUR, List.of(COLOUR, GREY), "Colour or grey input images (e.g. grey for sketches)."),
                ConfigField.choice(OUTPUT, "Output", COLOUR, List.of(COLOUR, GREY), "Colour or grey output images."),
                ConfigField.integer(NGF, "Generator features", p.generatorFeatures(), 4, 128, "ngf: width of the U-Net's outer layer."),
                ConfigField.integer(NDF, "Discriminator features", p.discriminatorFeatures(), 4, 128, "ndf: width of the PatchGAN's first layer."),
                ConfigField.choice(NORM, "Normalisation", name(p.norm()), List.of("batch", "instance"),
                        "BatchNorm as in the paper, or instance norm."),
                ConfigField.choice(GAN_LOSS, "GAN loss", name(p.ganLoss()), List.of("vanilla", "lsgan"),
                        "Cross-entropy as in the paper, or least squares."),
                ConfigField.decimal(LAMBDA, "L1 weight", p.lambdaL1(), 0, 1000, "lambda: weight of the L1 loss (paper: 100)."),
                ConfigField.decimal(DROPOUT, "Dropout", p.dropout(), 0, 0.9, "Dropout of the first three decoder blocks while training."),
                ConfigField.decimal(LEARNING_RATE, "Learning rate", p.learningRate(), 1e-6, 0.1, "Adam step size (paper: 0.0002)."),
                ConfigField.decimal(BETA1, "Adam beta1", p.beta1(), 0, 0.999, "Adam momentum (paper: 0.5)."),
                ConfigField.decimal(DECAY_START, "Decay from", p.decayStart(), 0, 1,
                        "Fraction of the run at the full learning rate; it then falls linearly towards 0."),
                ConfigField.choice(AUGMENTATION, "Augment inputs", name(p.augmentation()), List.of("none", "drawings"),
                        "drawings: vary grey edge maps while training (outline only, gaps, jitter, specks, thicker"
                                + " lines, a second edge method) so that the model fills drawings people make."));
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Pix2PixConfig parseConfig(Map<String, String> s) {
        Pix2PixConfig p = Pix2PixConfig.paper();
        return new Pix2PixConfig(
                Integer.parseInt(v(s, IMAGE_SIZE, Integer.toString(p.imageSize()))),
                GREY.equals(v(s, INPUT, COLOUR)) ? 1 : 3,
                GREY.equals(v(s, OUTPUT, COLOUR)) ? 1 : 3,
                Integer.parseInt(v(s, NGF, Integer.toString(p.generatorFeatures()))),
                Integer.parseInt(v(s, NDF, Integer.toString(p.discriminatorFeatures()))),
                Pix2PixConfig.Norm.valueOf(v(s, NORM, name(p.norm())).toUpperCase(Locale.ROOT)),
                Pix2PixConfig.GanLoss.valueOf(v(s, GAN_LOSS, name(p.ganLoss())).toUpperCase(Locale.ROOT)),
                Double.parseDouble(v(s, LAMBDA, Double.toString(p.lambdaL1()))),
                Double.parseDouble(v(s, DROPOUT, Double.toString(p.dropout()))),
                Double.parseDouble(v(s, LEARNING_RATE, Double.toString(p.learningRate()))),
                Double.parseDouble(v(s, BETA1, Double.toString(p.beta1()))),
                Double.parseDouble(v(s, DECAY_START, Double.toString(p.decayStart()))),
                Pix2PixConfig.Augmentation.valueOf(v(s, AUGMENTATION, name(p.augmentation())).toUpperCase(Locale.ROOT)));
    }

    private static String v(Map<String, String> settings, String key, String defaultValue) {
        String value = settings.get(key);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    /** A config.json from before {@link #AUGMENTATION_SCHEMA} describes a model trained without augmentation. */
    @Override
    public void upgradeConfig(int schema, ObjectNode model) {
        if (schema < AUGMENTATION_SCHEMA && !model.has(AUGMENTATION)) {
            model.put(AUGMENTATION, Pix2PixConfig.Augmentation.NONE.name());
        }
    }

    @Override
    public GanModel create(Pix2PixConfig config, Device device, long seed) {
        return new Pix2PixModel(config, device, seed);
    }

    /** The generator's weights, the edge settings of its training inputs and its example sketches, when it has them. */
    @Override
    public List<String> inferenceFiles(Path directory) {
        return ModelFolders.withExtras(directory, List.of(Pix2PixGenerator.FILE), List.of(ModelExport.EDGES),
                ModelExport.EXAMPLES);
    }

    @Override
    public List<String> trainingFiles(Path directory) {
        return List.of(Pix2PixGenerator.FILE, Pix2PixModel.DISCRIMINATOR_FILE, Pix2PixModel.GENERATOR_ADAM_FILE,
                Pix2PixModel.DISCRIMINATOR_ADAM_FILE);
    }

    @Override
    public DataKind dataKind() {
        return DataKind.PAIRS;
    }

    /** A Pix2Pix model is a translator: the Sketch studio and {@code ./studio translate} open it. */
    @Override
    public Set<Class<?>> capabilities() {
        return Set.of(ImageTranslator.class);
    }

    @Override
    public <T> Optional<T> open(Class<T> capability, SavedCheckpoint saved, Device device) {
        return capability == ImageTranslator.class
                ? Optional.of(capability.cast(Pix2PixImageTranslator.open(saved, device))) : Optional.empty();
    }

    @Override
    public int defaultBatchSize() {
        return PAPER_BATCH;
    }
}
