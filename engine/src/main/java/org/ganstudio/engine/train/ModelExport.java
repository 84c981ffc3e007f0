package org.ganstudio.engine.train;

import org.ganstudio.engine.api.DrawingStyle;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.AtomicDirectory;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.checkpoint.ModelCard;

/**
 * Copies what inference needs out of a checkpoint into a small model folder (weights, config, state, card, the
 * saved directions when there are any, and a fresh manifest): the form in which models are shipped. It cannot be
 * resumed: the discriminator and optimiser state stay behind.
 */
public final class ModelExport {

    private ModelExport() {}

    /**
     * Describes the exported model for the people who will use it: the checkpoint's own card names the
     * run's folders, which mean nothing on another machine. Null fields keep what the checkpoint says.
     *
     * @param name the model's name
     * @param dataset what it was trained on (replaces the training folder's path in card and config)
     * @param recipe how to reproduce it
     */
    public record Labels(String name, String dataset, String recipe, String domainA, String domainB) {
        public Labels(String name, String dataset, String recipe) {
            this(name, dataset, recipe, null, null);
        }

        public static Labels none() {
            return new Labels(null, null, null);
        }
    }

    /**
     * What the checkpoint does not hold but a shipped model should.
     *
     * @param examples inputs offered to start from (e.g. held-out sketches), written as PNGs into
     *     {@value #EXAMPLES}/; the checkpoint's own examples are kept when this is empty
     * @param metrics figures added to the card's metrics (e.g. validation scores), replacing same-named ones
     * @param edges the edge settings the training inputs were made with, written as {@value #EDGES}; null
     *     keeps the checkpoint's own file, if any
     * @param inputStyle the drawings the model was trained on, for the card's {@code inputStyle}; null keeps the
     *     checkpoint card's own, if any
     */
    public record Extras(List<BufferedImage> examples, Map<String, Double> metrics, EdgeSettings edges,
            DrawingStyle inputStyle) {
        public Extras {
            examples = List.copyOf(examples);
            metrics = Map.copyOf(metrics);
        }

        public static Extras none() {
            return new Extras(List.of(), Map.of(), null, null);
        }
    }

    /**
     * The family's config as this version writes it: an older checkpoint's config.json is brought up to date
     * ({@link GanFamily#upgradeConfig}), since the exported file carries the current schema.
     */
    private static <C extends Record> JsonNode currentModel(SavedCheckpoint saved, GanFamily<C> family) {
        return Json.mapper().valueToTree(saved.modelConfig(family));
    }

    /** The folder of example inputs in a model folder. */
    public static final String EXAMPLES = "examples";
    /** The edge settings of a sketch model's training inputs, in a model folder. */
    public static final String EDGES = "edges.json";
    /** A model's saved latent directions (written and read by {@code latent.DirectionFile}), in a model folder. */
    public static final String DIRECTIONS = "directions.json";

    public static Path export(Path checkpoint, Path target, Map<ModelFamily, GanFamily<?>> families) {
        return export(checkpoint, target, families, Labels.none());
    }

    public static Path export(Path checkpoint, Path target, Map<ModelFamily, GanFamily<?>> families, Labels labels) {
        return export(checkpoint, target, families, labels, Extras.none());
    }

    public static Path export(Path checkpoint, Path target, Map<ModelFamily, GanFamily<?>> families, Labels labels,
            Extras extras) {
        ModelFamily id = SavedCheckpoint.peek(checkpoint).config().family();
        GanFamily<?> family = families.get(id);
        if (family == null) {
            throw new StudioException("This build cannot export " + id.displayName() + " models.");
        }
        List<String> files = family.inferenceFiles(checkpoint);
        List<String> needed = new ArrayList<>(files);
        needed.add(RunFiles.CARD);
        SavedCheckpoint saved = SavedCheckpoint.open(checkpoint, needed);
        try {
            AtomicDirectory.write(target, directory -> {
                for (String file : files) {
                    if (!replacedByExtras(file, extras)) {
                        Path copy = directory.resolve(file);
                        Files.createDirectories(copy.getParent());
                        Files.copy(checkpoint.resolve(file), copy);
                    }
                }
                Files.copy(checkpoint.resolve(RunFiles.STATE), directory.resolve(RunFiles.STATE));
                RunConfig config = saved.config();
                Json.write(directory.resolve(RunFiles.CONFIG), new RunConfig(config.family(),
                        or(labels.dataset(), config.dataset()), config.run(), currentModel(saved, family)));
                ModelCard card = Json.read(checkpoint.resolve(RunFiles.CARD), ModelCard.class);
                Map<String, Double> metrics = new TreeMap<>(card.metrics() == null ? Map.of() : card.metrics());
                metrics.putAll(extras.metrics());
                Json.write(directory.resolve(RunFiles.CARD), new ModelCard(or(labels.name(), card.name()), card.family(),
                        card.paper(), or(labels.dataset(), card.dataset()), card.datasetImages(), card.steps(),
                        card.batchSize(), card.trainingSeconds(), card.hardware(), or(labels.recipe(), card.recipe()),
                        metrics, card.written(), extras.inputStyle() != null ? extras.inputStyle() : card.inputStyle(),
                        or(labels.domainA(), card.domainA()), or(labels.domainB(), card.domainB())));
                writeExamples(directory.resolve(EXAMPLES), extras.examples());
                if (extras.edges() != null) {
                    Json.write(directory.resolve(EDGES), extras.edges());
                }
            });
            return target;
        } catch (IOException e) {
            throw new StudioException("Could not export to " + target + ": " + e.getMessage(), e);
        }
    }

    /** A file of the family's list that the export writes anew from {@code extras} instead of copying. */
    private static boolean replacedByExtras(String file, Extras extras) {
        return (file.equals(EDGES) && extras.edges() != null)
                || (file.startsWith(EXAMPLES + "/") && !extras.examples().isEmpty());
    }

    private static void writeExamples(Path folder, List<BufferedImage> examples) throws IOException {
        if (examples.isEmpty()) {
            return;
        }
        Files.createDirectories(folder);
        int digits = Integer.toString(examples.size()).length();
        for (int i = 0; i < examples.size(); i++) {
            String name = String.format("example-%0" + digits + "d.png", i + 1);
            if (!ImageIO.write(examples.get(i), "png", folder.resolve(name).toFile())) {
                throw new IOException("no PNG writer for example " + (i + 1));
            }
        }
    }

    private static String or(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }
}
