package org.ganstudio.engine.cli;

import org.ganstudio.engine.drawing.InputStyleMeasure;
import org.ganstudio.engine.api.DrawingStyle;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.core.Families;
import org.ganstudio.engine.image.LoadProgress;
import org.ganstudio.engine.pairs.PairedDataset;
import org.ganstudio.engine.pairs.PairedFolder;
import org.ganstudio.engine.train.ModelExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./studio export}: a checkpoint's inference files into a model folder, labelled for other people.
 * For a Pix2Pix model, {@code --examples DATA} adds the inputs of N held-out pairs of a dataset, evenly spread
 * over its val/ split, as the model's example sketches, and {@code --scores FILE} (written by
 * {@code ./studio eval --json}) puts the validation scores on its card, and the edge settings its inputs were
 * made with (recorded by build-pairs in the dataset's edges.json, or named by {@code --edges xdog|canny}) go
 * with it, so that photos opened in the Sketch studio are turned into edges the same way.
 */
@Command(name = "export", sortOptions = false,
        description = "Copy what sampling needs (generator, config, model card) from a checkpoint into a model folder.")
final class ExportCommand extends StudioCommand {
    static final int DEFAULT_EXAMPLES = 24;

    @Option(names = "--model", required = true, paramLabel = "CHECKPOINT",
            description = "The checkpoint to export (RUN_DIR/checkpoints/step-NNNNNNNN).")
    private Path checkpoint;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The model folder to write.")
    private Path target;

    @Option(names = "--name", paramLabel = "TEXT", description = "The model's name on its card.")
    private String name;

    @Option(names = "--dataset", paramLabel = "TEXT", description = "What it was trained on, for the card.")
    private String dataset;

    @Option(names = "--recipe", paramLabel = "TEXT",
            description = "How it was trained, for the card (default: the command line recorded at training).")
    private String recipe;

    @Option(names = "--domain-a", paramLabel = "TEXT",
            description = "CycleGAN: what domain A holds (e.g. sneakers), shown by the Unpaired studio.")
    private String domainA;

    @Option(names = "--domain-b", paramLabel = "TEXT", description = "CycleGAN: what domain B holds (e.g. boots).")
    private String domainB;

    @Option(names = "--examples", paramLabel = "PAIRS_DIR",
            description = "Pix2Pix: a paired dataset whose held-out (val/) inputs go with the model as examples.")
    private Path examplesFrom;

    @Option(names = "--example-count", paramLabel = "N", defaultValue = "" + DEFAULT_EXAMPLES,
            converter = Numbers.Positive.class,
            description = "Pix2Pix: how many examples, spread evenly over val/. Default: ${DEFAULT-VALUE}.")
    private int exampleCount;

    @Option(names = "--scores", paramLabel = "EVAL_JSON",
            description = "Pix2Pix: scores written by ./studio eval --json, put on the card.")
    private Path scores;

    @Option(names = "--edges", paramLabel = "xdog|canny",
            description = "Pix2Pix: the edge extractor its inputs were made with (default: what build-pairs recorded"
                    + " in the --examples dataset).")
    private String edges;

    @Option(names = "--input-style", paramLabel = "examples",
            description = "Pix2Pix: measure the drawing style of the --examples inputs (framing, line width, polarity)"
                    + " and declare it on the card as the style drawings are normalised to. The only value: examples.")
    private String inputStyle;

    @Override
    int run() {
        ModelExport.Labels labels = new ModelExport.Labels(name, dataset, recipe, domainA, domainB);
        List<BufferedImage> examples = examplesFrom == null ? List.of()
                : examples(this::engine, checkpoint, examplesFrom, exampleCount);
        Map<String, Double> metrics = scores == null ? Map.of() : scores(scores);
        EdgeSettings edgeSettings = edgeSettings(edges, examplesFrom);
        DrawingStyle style = inputStyle(inputStyle, examples);
        Path exported = ModelExport.export(checkpoint, target, Families.all(), labels,
                new ModelExport.Extras(examples, metrics, edgeSettings, style));
        out().println("Exported the inference weights of " + checkpoint + " to " + exported
                + (examples.isEmpty() ? "" : " with " + examples.size() + " example inputs"));
        return 0;
    }

    /** The inputs of {@code count} val/ pairs spread evenly over the split, fitted as the model takes them. */
    static List<BufferedImage> examples(Supplier<StudioEngine> engines, Path checkpoint, Path data, int count) {
        PairedDataset pairs;
        try (StudioEngine engine = engines.get(); ImageTranslator model = engine.openTranslator(checkpoint)) {
            pairs = new PairedFolder().loadValidation(data, model.imageSize(), model.inputChannels(),
                    model.outputChannels(), LoadProgress.NONE, () -> false);
        }
        int n = Math.min(count, pairs.size());
        List<BufferedImage> inputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            inputs.add(pairs.input((int) ((long) i * pairs.size() / n)));
        }
        return inputs;
    }

    /** The style measured from the examples for {@code --input-style examples}; null when not asked. */
    static DrawingStyle inputStyle(String option, List<BufferedImage> examples) {
        if (option == null) {
            return null;
        }
        if (!"examples".equals(option)) {
            throw new CliException("--input-style takes one value, examples (measured from the --examples inputs), not "
                    + option + ".");
        }
        if (examples.isEmpty()) {
            throw new CliException("--input-style examples needs --examples PAIRS_DIR with held-out pairs in val/.");
        }
        try {
            return InputStyleMeasure.of(examples);
        } catch (IllegalArgumentException e) {
            throw new StudioException("The example inputs give no drawing style: " + e.getMessage() + ".", e);
        }
    }

    /** {@code --edges} when given, else the edge settings recorded by build-pairs in the examples' dataset. */
    static EdgeSettings edgeSettings(String named, Path examplesFrom) {
        if (named != null) {
            return Pairs.edgeSettings(named);
        }
        if (examplesFrom == null) {
            return null;
        }
        Path recorded = examplesFrom.resolve(ModelExport.EDGES);
        if (!Files.isRegularFile(recorded)) {
            return null;
        }
        try {
            return Json.read(recorded, EdgeSettings.class);
        } catch (IOException | RuntimeException e) {
            throw new StudioException("The edge settings in " + recorded + " cannot be read (" + e.getMessage()
                    + "); give --edges xdog or --edges canny instead.", e);
        }
    }

    /** The mean scores of an eval JSON file as card metrics. */
    static Map<String, Double> scores(Path file) {
        try {
            JsonNode root = Json.mapper().readTree(file.toFile());
            JsonNode mean = root.path("mean");
            if (!mean.has("l1") || !mean.has("psnr") || !mean.has("ssim") || !root.has("pairs")) {
                throw new StudioException(file + " is not a scores file written by ./studio eval --json.");
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("val L1", mean.get("l1").asDouble());
            metrics.put("val PSNR (dB)", mean.get("psnr").asDouble());
            metrics.put("val SSIM", mean.get("ssim").asDouble());
            metrics.put("val pairs", root.get("pairs").asDouble());
            return metrics;
        } catch (IOException e) {
            throw new StudioException("Could not read the scores in " + file + ": " + e.getMessage(), e);
        }
    }
}
