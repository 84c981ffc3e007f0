package org.ganstudio.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.core.Families;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code ./studio train}: a new run in a new (or empty) folder, settings checked before the engine starts. */
@Command(name = "train", sortOptions = false, description = "Train a new model.")
final class TrainCommand extends StudioCommand {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "The training data: a folder of images (DCGAN), of input|target pairs in train/ and val/ (Pix2Pix),"
                    + " one picture (SinGAN), or a folder holding A/ and B/ (CycleGAN).")
    private Path data;

    @Option(names = "--out", required = true, paramLabel = "RUN_DIR",
            description = "The run folder to create (or an empty one): config, checkpoints and the newest preview (preview.png) go there.")
    private Path runDirectory;

    @Option(names = "--family", paramLabel = "FAMILY", defaultValue = "dcgan", converter = FamilyConverter.class,
            description = "The model family: dcgan, pix2pix, singan or cyclegan. Default: ${DEFAULT-VALUE}.")
    private ModelFamily family;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "A training setting, repeatable: the fields of the app's Train form, such as --set steps=2000"
                    + " --set imageSize=32 --set colour=grey. An unknown key is refused with the family's valid keys.")
    private Map<String, String> settings = new LinkedHashMap<>();

    @Override
    int run() {
        refuseUnlessNewRunFolder(runDirectory);
        try (StudioEngine engine = engine()) {
            checkKeys(family, engine.configFields(family), settings);
            out().println("Device: " + engine.device().describe());
            Training.printTrustedNumerics(engine, out());
            TrainingRequest request = new TrainingRequest(family, data, runDirectory, settings, null);
            return Training.await(engine.startTraining(request, PreviewFile.after(new ConsoleProgress(out(), 50),
                    new PreviewFile(runDirectory, err()))), out(), err());
        }
    }

    /** A run starts in a new or empty folder: an existing file or run is never touched. */
    static void refuseUnlessNewRunFolder(Path folder) {
        if (Files.isRegularFile(folder)) {
            throw new StudioException(folder + " is a file; --out names the run FOLDER (created if missing).");
        }
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            if (names.contains("config.json") || names.contains("checkpoints")) {
                throw new StudioException(folder + " already holds a run; resume it with ./studio resume --run " + folder
                        + " or choose a new folder for --out.");
            }
            if (!names.isEmpty()) {
                throw new StudioException(folder + " is not empty; choose a new or empty folder for --out.");
            }
        } catch (IOException e) {
            throw new StudioException("Could not look into " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Every {@code --set} key must be a field of the family's form. */
    static void checkKeys(ModelFamily family, List<ConfigField> fields, Map<String, String> settings) {
        List<String> valid = fields.stream().map(ConfigField::key).toList();
        List<String> unknown = settings.keySet().stream().filter(key -> !valid.contains(key)).toList();
        if (!unknown.isEmpty()) {
            String named = unknown.stream().map(key -> "'" + key + "'").collect(Collectors.joining(", "));
            throw new CliException("Unknown setting" + (unknown.size() == 1 ? " " : "s ") + named + " for "
                    + family.displayName() + ". Valid settings: " + String.join(", ", valid) + ".");
        }
    }

    /** A family this build can train, by its name in any case. */
    static final class FamilyConverter implements ITypeConverter<ModelFamily> {
        @Override
        public ModelFamily convert(String value) {
            List<ModelFamily> trainable = Arrays.stream(ModelFamily.values()).filter(Families.all()::containsKey).toList();
            return trainable.stream().filter(f -> f.name().equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a family this build can train; use "
                            + trainable.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "))
                            + "."));
        }
    }
}
