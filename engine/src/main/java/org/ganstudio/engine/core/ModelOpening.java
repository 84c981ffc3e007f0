package org.ganstudio.engine.core;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.Set;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.train.GanFamily;
import org.ganstudio.engine.train.SavedCheckpoint;

/**
 * Opens a saved model by what it can do rather than by family: the folder's config names the family, the family
 * names the files its inference model needs (checked against the manifest) and opens the model as the asked-for
 * api interface, or the model is refused with the families that could serve.
 */
final class ModelOpening {

    private ModelOpening() {}

    static <T> T open(Class<T> capability, Path directory, Device device) {
        ModelFamily id = SavedCheckpoint.peek(directory).config().family();
        GanFamily<?> family = Families.get(id);
        if (!family.capabilities().contains(capability)) {
            throw refused(directory, id, capability);
        }
        SavedCheckpoint saved = SavedCheckpoint.open(directory, family.inferenceFiles(directory));
        return family.open(capability, saved, device).orElseThrow(() -> refused(directory, id, capability));
    }

    private static StudioException refused(Path directory, ModelFamily id, Class<?> capability) {
        Set<String> serving = Families.offering(capability);
        String wanted = serving.isEmpty() ? "a model this part of the studio can use"
                : "a " + String.join(" or a ", serving) + " model";
        return new StudioException("The model at " + directory + " is a " + id.displayName() + " model, not " + wanted + ".");
    }
}
