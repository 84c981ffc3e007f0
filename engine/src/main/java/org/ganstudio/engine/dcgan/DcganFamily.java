package org.ganstudio.engine.dcgan;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.latent.DirectionFile;
import org.ganstudio.engine.train.ModelFolders;
import org.ganstudio.engine.train.SavedCheckpoint;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.train.GanFamily;
import org.ganstudio.engine.train.GanModel;

/** DCGAN as a {@link GanFamily}: its form with the paper's defaults and its model factory. */
public final class DcganFamily implements GanFamily<DcganConfig> {

    static final String IMAGE_SIZE = "imageSize";
    static final String COLOUR = "colour";
    static final String LATENT = "latentSize";
    static final String NGF = "generatorFeatures";
    static final String NDF = "discriminatorFeatures";
    static final String LEARNING_RATE = "learningRate";
    static final String BETA1 = "beta1";
    static final String COLOUR_RGB = "colour";
    static final String COLOUR_GREY = "grey";

    @Override
    public ModelFamily id() {
        return ModelFamily.DCGAN;
    }

    @Override
    public Class<DcganConfig> configType() {
        return DcganConfig.class;
    }

    @Override
    public List<ConfigField> modelFields() {
        DcganConfig p = DcganConfig.paper();
        return List.of(
                ConfigField.choice(IMAGE_SIZE, "Image size", "64", List.of("64", "32", "28"), "Side of the square images, in pixels."),
                ConfigField.choice(COLOUR, "Colour", COLOUR_RGB, List.of(COLOUR_RGB, COLOUR_GREY), "Train on colour or grey images."),
                ConfigField.integer(LATENT, "Latent size", p.latentSize(), 2, 1024, "Length of the noise vector z."),
                ConfigField.integer(NGF, "Generator features", p.generatorFeatures(), 4, 256, "ngf: width of the generator."),
                ConfigField.integer(NDF, "Discriminator features", p.discriminatorFeatures(), 4, 256, "ndf: width of the discriminator."),
                ConfigField.decimal(LEARNING_RATE, "Learning rate", p.learningRate(), 1e-6, 0.1, "Adam step size (paper: 0.0002)."),
                ConfigField.decimal(BETA1, "Adam beta1", p.beta1(), 0, 0.999, "Adam momentum (paper: 0.5)."));
    }

    @Override
    public DcganConfig parseConfig(Map<String, String> s) {
        DcganConfig p = DcganConfig.paper();
        return new DcganConfig(
                Integer.parseInt(v(s, IMAGE_SIZE, "64")),
                COLOUR_GREY.equals(v(s, COLOUR, COLOUR_RGB)) ? 1 : 3,
                Integer.parseInt(v(s, LATENT, Integer.toString(p.latentSize()))),
                Integer.parseInt(v(s, NGF, Integer.toString(p.generatorFeatures()))),
                Integer.parseInt(v(s, NDF, Integer.toString(p.discriminatorFeatures()))),
                Double.parseDouble(v(s, LEARNING_RATE, Double.toString(p.learningRate()))),
                Double.parseDouble(v(s, BETA1, Double.toString(p.beta1()))));
    }

    private static String v(Map<String, String> settings, String key, String defaultValue) {
        String value = settings.get(key);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    @Override
    public GanModel create(DcganConfig config, Device device, long seed) {
        return new DcganModel(config, device, seed);
    }

    /** The generator's weights, and the latent lab's attribute sliders ({@link DirectionFile}) when the model has them. */
    @Override
    public List<String> inferenceFiles(Path directory) {
        return ModelFolders.withExtras(directory, List.of(DcganModel.GENERATOR_FILE), List.of(DirectionFile.FILE_NAME), null);
    }

    @Override
    public List<String> trainingFiles(Path directory) {
        return List.of(DcganModel.GENERATOR_FILE, DcganModel.DISCRIMINATOR_FILE, DcganModel.GENERATOR_ADAM_FILE,
                DcganModel.DISCRIMINATOR_ADAM_FILE);
    }

    /** A DCGAN's models are latent samplers: the Latent and Arithmetic studios open them. */
    @Override
    public Set<Class<?>> capabilities() {
        return Set.of(ImageGenerator.class);
    }

    @Override
    public <T> Optional<T> open(Class<T> capability, SavedCheckpoint saved, Device device) {
        return capability == ImageGenerator.class
                ? Optional.of(capability.cast(DcganImageGenerator.open(saved, device))) : Optional.empty();
    }

    /** The paper's mini-batch of 128 is halved to suit a CPU. */
    @Override
    public int defaultBatchSize() {
        return 64;
    }
}
