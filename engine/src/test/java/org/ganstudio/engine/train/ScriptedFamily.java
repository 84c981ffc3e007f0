package org.ganstudio.engine.train;

import ai.djl.Device;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.ModelFamily;

/**
 * A family for loop tests: a one-layer model trained with Adam whose step goes wrong on cue ({@link ScriptedModel}).
 * It registers as DCGAN, the only thing a run's config.json needs of its id.
 */
public final class ScriptedFamily implements GanFamily<ScriptedFamily.Config> {

    /**
     * @param imageSize side of the grey training images
     * @param nanLossAtStep the 0-based step whose loss (and so every weight) becomes NaN; -1 for none
     * @param nanWeightsAtStep the 0-based step whose update makes every weight NaN while its loss, computed before
     *     the update, stays finite; -1 for none
     * @param imageWidth width of the training images when they are not square; 0 for square
     * @param phaseSteps steps of each phase of the run; empty for one phase of the run's length
     */
    public record Config(int imageSize, long nanLossAtStep, long nanWeightsAtStep, int imageWidth, List<Long> phaseSteps) {

        public Config {
            phaseSteps = List.copyOf(phaseSteps);
        }

        public Config(int imageSize, long nanLossAtStep, long nanWeightsAtStep) {
            this(imageSize, nanLossAtStep, nanWeightsAtStep, 0, List.of());
        }

        int width() {
            return imageWidth > 0 ? imageWidth : imageSize;
        }
    }

    /** Every model this family made, in order. */
    public final List<ScriptedModel> models = new CopyOnWriteArrayList<>();
    /** Called on the training thread after each step with the step's 0-based index. */
    public volatile LongConsumer afterStep = step -> { };

    @Override
    public ModelFamily id() {
        return ModelFamily.DCGAN;
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public List<ConfigField> modelFields() {
        return List.of();
    }

    @Override
    public Config parseConfig(Map<String, String> settings) {
        return new Config(8, -1, -1);
    }

    @Override
    public GanModel create(Config config, Device device, long seed) {
        ScriptedModel model = new ScriptedModel(config, device, seed, step -> afterStep.accept(step));
        models.add(model);
        return model;
    }

    @Override
    public List<String> inferenceFiles(java.nio.file.Path directory) {
        return List.of(ScriptedModel.WEIGHTS_FILE);
    }
}
