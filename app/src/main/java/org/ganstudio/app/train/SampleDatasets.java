package org.ganstudio.app.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.ganstudio.engine.api.ModelFamily;

/**
 * The sample data shipped in {@code assets/datasets} for each family, with the form values that suit it. Found
 * only when the app runs from the project folder ({@code studio.home}).
 *
 * @param folder the folder's name under assets/datasets
 * @param label the link text offered in the Train panel
 * @param settings form values to set with it
 */
record SampleDatasets(String folder, String label, Map<String, String> settings) {

    private static final Map<ModelFamily, SampleDatasets> BY_FAMILY = Map.of(
            ModelFamily.DCGAN, new SampleDatasets("fashion-mnist-shoes",
                    "Use the sample shoes (900 images, 28 px)",
                    Map.of("imageSize", "28", "colour", "grey", "steps", "1500", "previewEvery", "25",
                            "checkpointEvery", "250")),
            ModelFamily.PIX2PIX, new SampleDatasets("edges2shoes-64",
                    "Use the sample edges → shoes (300 pairs, 64 px)",
                    Map.of("imageSize", "64", "inputChannels", "grey", "outputChannels", "grey",
                            "generatorFeatures", "16", "discriminatorFeatures", "32", "batchSize", "4",
                            "steps", "2000", "previewEvery", "50", "checkpointEvery", "500")));

    /** The family's sample, if it has one and it is installed. */
    static Optional<SampleDatasets> of(ModelFamily family) {
        SampleDatasets sample = family == null ? null : BY_FAMILY.get(family);
        return sample != null && Files.isDirectory(sample.path()) ? Optional.of(sample) : Optional.empty();
    }

    Path path() {
        String home = System.getProperty("studio.home");
        return Path.of(home == null ? "." : home, "assets", "datasets", folder).toAbsolutePath().normalize();
    }
}
