package org.ganstudio.engine.cyclegan;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.DataKind;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.TwoWayTranslator;
import org.ganstudio.engine.train.GanFamily;
import org.ganstudio.engine.train.GanModel;
import org.ganstudio.engine.train.SavedCheckpoint;

/**
 * CycleGAN (Zhu et al. 2017) as a {@link GanFamily}: its form with the paper's defaults, its model factory, the files
 * of its models, and its models opened as translators from A to B or both ways. It trains on two unaligned domains
 * ({@link DataKind#UNPAIRED}: a folder with {@code A/} and {@code B/}, or {@code trainA/} and {@code trainB/}).
 */
public final class CycleganFamily implements GanFamily<CycleganConfig> {

    static final String IMAGE_SIZE = "imageSize";
    static final String CHANNELS_A = "channelsA";
    static final String CHANNELS_B = "channelsB";
    static final String NGF = "generatorFeatures";
    static final String BLOCKS = "residualBlocks";
    static final String NDF = "discriminatorFeatures";
    static final String D_LAYERS = "discriminatorLayers";
    static final String LAMBDA_CYCLE = "lambdaCycle";
    static final String LAMBDA_IDENTITY = "lambdaIdentity";
    static final String LEARNING_RATE = "learningRate";
    static final String BETA1 = "beta1";
    static final String DECAY_START = "decayStart";
    static final String POOL = "poolSize";
    static final String COLOUR = "colour";
    static final String GREY = "grey";
    /** The residual blocks the paper uses at the chosen size. */
    static final String AUTO = "auto";
    static final int MAX_BLOCKS = 12;
    /** The paper trains with one image of each domain per step. */
    static final int PAPER_BATCH = 1;

    @Override
    public ModelFamily id() {
        return ModelFamily.CYCLEGAN;
    }

    @Override
    public Class<CycleganConfig> configType() {
        return CycleganConfig.class;
    }

    @Override
    public DataKind dataKind() {
        return DataKind.UNPAIRED;
    }

    @Override
    public List<ConfigField> modelFields() {
        CycleganConfig p = CycleganConfig.paper();
        List<String> blocks = new ArrayList<>(List.of(AUTO));
        for (int i = 0; i <= MAX_BLOCKS; i++) {
            blocks.add(Integer.toString(i));
        }
        return List.of(
                ConfigField.choice(IMAGE_SIZE, "Image size", "256", List.of("256", "128", "64", "32"),
                        "Side of the square images, in pixels (the paper: 256)."),
                ConfigField.choice(CHANNELS_A, "Domain A", COLOUR, List.of(COLOUR, GREY), "Colour or grey images in A/."),
                ConfigField.choice(CHANNELS_B, "Domain B", COLOUR, List.of(COLOUR, GREY), "Colour or grey images in B/."),
                ConfigField.integer(NGF, "Generator features", p.generatorFeatures(), 4, 128,
                        "ngf: width of the generators' first layer (paper: 64)."),
                ConfigField.choice(BLOCKS, "Residual blocks", AUTO, blocks,
                        "ResNet blocks in each generator; auto: 9 above 128 px, 6 at 128 px and below, as the paper."),
                ConfigField.integer(NDF, "Discriminator features", p.discriminatorFeatures(), 4, 128,
                        "ndf: width of the PatchGANs' first layer (paper: 64)."),
                ConfigField.integer(D_LAYERS, "Discriminator layers", p.discriminatorLayers(), 1, 5,
                        "Strided layers of the PatchGANs: 3 sees 70x70 patches (paper)."),
                ConfigField.decimal(LAMBDA_CYCLE, "Cycle weight", p.lambdaCycle(), 0, 1000,
                        "lambda: weight of the cycle-consistency L1 loss (paper: 10)."),
                ConfigField.decimal(LAMBDA_IDENTITY, "Identity weight", p.lambdaIdentity(), 0, 10,
                        "Weight of the identity L1 loss, times the cycle weight (code: 0.5); 0 when A and B differ in"
                                + " channels."),
                ConfigField.decimal(LEARNING_RATE, "Learning rate", p.learningRate(), 1e-6, 0.1,
                        "Adam step size (paper: 0.0002)."),
                ConfigField.decimal(BETA1, "Adam beta1", p.beta1(), 0, 0.999, "Adam momentum (paper: 0.5)."),
                ConfigField.decimal(DECAY_START, "Decay from", p.decayStart(), 0, 1,
                        "Fraction of the run at the full learning rate; it then falls linearly towards 0 (paper: 0.5)."),
                ConfigField.integer(POOL, "Image pool", p.poolSize(), 0, 1000,
                        "Earlier fakes the discriminators also learn from (paper: 50)."));
    }

    @Override
    public CycleganConfig parseConfig(Map<String, String> s) {
        int size = Integer.parseInt(v(s, IMAGE_SIZE, "256"));
        CycleganConfig p = CycleganConfig.paper(size);
        String blocks = v(s, BLOCKS, AUTO);
        return new CycleganConfig(size,
                GREY.equals(v(s, CHANNELS_A, COLOUR)) ? 1 : 3,
                GREY.equals(v(s, CHANNELS_B, COLOUR)) ? 1 : 3,
                Integer.parseInt(v(s, NGF, Integer.toString(p.generatorFeatures()))),
                AUTO.equals(blocks) ? p.residualBlocks() : Integer.parseInt(blocks),
                Integer.parseInt(v(s, NDF, Integer.toString(p.discriminatorFeatures()))),
                Integer.parseInt(v(s, D_LAYERS, Integer.toString(p.discriminatorLayers()))),
                Double.parseDouble(v(s, LAMBDA_CYCLE, Double.toString(p.lambdaCycle()))),
                Double.parseDouble(v(s, LAMBDA_IDENTITY, Double.toString(p.lambdaIdentity()))),
                Double.parseDouble(v(s, LEARNING_RATE, Double.toString(p.learningRate()))),
                Double.parseDouble(v(s, BETA1, Double.toString(p.beta1()))),
                Double.parseDouble(v(s, DECAY_START, Double.toString(p.decayStart()))),
                Integer.parseInt(v(s, POOL, Integer.toString(p.poolSize()))));
    }

    private static String v(Map<String, String> settings, String key, String defaultValue) {
        String value = settings.get(key);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    @Override
    public GanModel create(CycleganConfig config, Device device, long seed) {
        return new CycleganModel(config, device, seed);
    }

    /** Both generators: a model translates either way ({@link TwoWayTranslator}). */
    @Override
    public List<String> inferenceFiles(Path directory) {
        return List.of(Direction.A_TO_B.file(), Direction.B_TO_A.file());
    }

    /** The four networks, both Adam states and both image pools. */
    @Override
    public List<String> trainingFiles(Path directory) {
        return List.of(Direction.A_TO_B.file(), Direction.B_TO_A.file(), CycleganModel.DISCRIMINATOR_A_FILE,
                CycleganModel.DISCRIMINATOR_B_FILE, CycleganModel.GENERATORS_ADAM_FILE,
                CycleganModel.DISCRIMINATORS_ADAM_FILE, CycleganModel.POOL_A_FILE, CycleganModel.POOL_B_FILE);
    }

    /**
     * A CycleGAN model is a translator from A to B (the Sketch studio and {@code ./studio translate} open it so, with
     * its A to B generator only) and a {@link TwoWayTranslator} with both generators (the Unpaired studio).
     */
    @Override
    public Set<Class<?>> capabilities() {
        return Set.of(ImageTranslator.class, TwoWayTranslator.class);
    }

    @Override
    public <T> Optional<T> open(Class<T> capability, SavedCheckpoint saved, Device device) {
        if (capability == TwoWayTranslator.class) {
            return Optional.of(capability.cast(CycleganTwoWayTranslator.open(saved, device)));
        }
        return capability == ImageTranslator.class
                ? Optional.of(capability.cast(CycleganImageTranslator.open(saved, Direction.A_TO_B, device)))
                : Optional.empty();
    }

    @Override
    public int defaultBatchSize() {
        return PAPER_BATCH;
    }
}
