package org.ganstudio.engine.latent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ganstudio.engine.api.LatentDirection;
import org.ganstudio.engine.api.Latents;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.train.ModelExport;

/**
 * A model's saved directions, {@value #FILE_NAME} in its folder, listed in the folder's manifest like its weights.
 *
 * <pre>
 * {"format": "gan-studio-directions", "version": 1, "latentSize": 100,
 *  "data": "emoji-faces-64", "samples": 2000, "seed": 1, "effectSpreads": 2.0,
 *  "directions": [{"name": "smile", "kind": "ATTRIBUTE", "vector": [...], "spread": 1.01,
 *                  "positives": 112, "negatives": 180, "balancedAccuracy": 0.86,
 *                  "scoreMinus": 0.21, "scorePlus": 0.74}]}
 * </pre>
 *
 * {@code data}, {@code samples} and {@code seed} say how the directions were found; each direction's
 * {@code positives}/{@code negatives} are its labelled examples, {@code balancedAccuracy} its classifier's on
 * held-out real images, and {@code scoreMinus}/{@code scorePlus} the classifier's mean probability on samples moved
 * {@code effectSpreads} spreads each way along it. Read strictly, like the bookmark file: another format, a newer
 * version, an unknown or missing property, a vector that is not of the model's latent size or not of unit length,
 * or a value that is not finite is a {@link StudioException} naming the file and the direction.
 */
public final class DirectionFile {

    public static final String FILE_NAME = ModelExport.DIRECTIONS;
    public static final String FORMAT = "gan-studio-directions";
    public static final int VERSION = 1;
    private static final Set<String> TOP = Set.of("format", "version", "latentSize", "data", "samples", "seed",
            "effectSpreads", "directions");
    private static final Set<String> ENTRY = Set.of("name", "kind", "vector", "spread", "positives", "negatives",
            "balancedAccuracy", "scoreMinus", "scorePlus");

    /**
     * How the directions were found, and the directions.
     *
     * @param data the labelled folder's name
     * @param samples random latents the directions were fitted on
     * @param seed of those latents and of the classifiers' held-out split
     * @param effectSpreads how far each way the effect was measured
     */
    public record Contents(String data, int samples, long seed, double effectSpreads, List<Entry> entries) {
        public Contents {
            entries = List.copyOf(entries);
        }

        public List<LatentDirection> directions() {
            return entries.stream().map(Entry::direction).toList();
        }
    }

    /** One direction and the figures that say how good it is. */
    public record Entry(LatentDirection direction, int positives, int negatives, double balancedAccuracy,
            double scoreMinus, double scorePlus) {}

    private DirectionFile() {}

    /** The file as written into a model folder. */
    public static byte[] bytes(Contents contents, int latentSize) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("latentSize", latentSize);
        root.put("data", contents.data());
        root.put("samples", contents.samples());
        root.put("seed", contents.seed());
        root.put("effectSpreads", contents.effectSpreads());
        ArrayNode list = root.putArray("directions");
        for (Entry entry : contents.entries()) {
            LatentDirection d = entry.direction();
            if (d.vector().length != latentSize) {
                throw new StudioException("The direction \"" + d.name() + "\" has " + d.vector().length
                        + " values; the model's latents have " + latentSize + ".");
            }
            ObjectNode node = list.addObject();
            node.put("name", d.name());
            node.put("kind", d.kind().name());
            ArrayNode vector = node.putArray("vector");
            for (float v : d.vector()) {
                if (!Float.isFinite(v)) {
                    throw new StudioException("The direction \"" + d.name() + "\" has a value that is not a number.");
                }
                vector.add(v);
            }
            node.put("spread", d.spread());
            node.put("positives", entry.positives());
            node.put("negatives", entry.negatives());
            node.put("balancedAccuracy", entry.balancedAccuracy());
            node.put("scoreMinus", entry.scoreMinus());
            node.put("scorePlus", entry.scorePlus());
        }
        try {
            return Json.mapper().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the file of a model whose latents have {@code latentSize} values.
     *
     * @throws StudioException when it cannot be read, is damaged, or was written for another latent size
     */
    public static Contents read(Path file, int latentSize) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw damaged(file, "it is not valid JSON (line " + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new StudioException("The directions " + file + " cannot be read: " + e.getMessage() + ".", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw damaged(file, "it is not a GAN Studio directions file (it lacks \"format\": \"" + FORMAT + "\")", null);
        }
        int version = (int) whole(file, root, "version", "");
        if (version > VERSION) {
            throw damaged(file, "it was written by a newer GAN Studio (version " + version + "); this one reads version "
                    + VERSION, null);
        }
        if (version < 1) {
            throw damaged(file, "its \"version\" " + version + " is not one GAN Studio ever wrote", null);
        }
        onlyKnown(file, root, TOP, "");
        long written = whole(file, root, "latentSize", "");
        if (written != latentSize) {
            throw damaged(file, "it was written for latents of " + written + " values; this model's have " + latentSize,
                    null);
        }
        JsonNode list = root.get("directions");
        if (list == null || !list.isArray()) {
            throw damaged(file, "it has no \"directions\" list", null);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            entries.add(entry(file, list.get(i), i, latentSize));
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isTextual()) {
            throw damaged(file, "it has no \"data\" text", null);
        }
        return new Contents(data.asText(), (int) whole(file, root, "samples", ""), whole(file, root, "seed", ""),
                number(file, root, "effectSpreads", ""), entries);
    }

    private static Entry entry(Path file, JsonNode node, int index, int latentSize) {
        String where = "direction " + (index + 1) + " ";
        if (!node.isObject()) {
            throw damaged(file, where + "is not an object", null);
        }
        onlyKnown(file, node, ENTRY, where);
        JsonNode name = node.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw damaged(file, where + "has no \"name\"", null);
        }
        where = "direction " + (index + 1) + " (\"" + name.asText() + "\") ";
        LatentDirection.Kind kind;
        try {
            kind = LatentDirection.Kind.valueOf(node.path("kind").asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw damaged(file, where + "has no known \"kind\" (" + node.path("kind").asText("none") + ")", e);
        }
        JsonNode vector = node.get("vector");
        if (vector == null || !vector.isArray()) {
            throw damaged(file, where + "has no \"vector\" list", null);
        }
        if (vector.size() != latentSize) {
            throw damaged(file, where + "has " + vector.size() + " values; this model's latents have " + latentSize, null);
        }
        float[] values = new float[latentSize];
        for (int j = 0; j < latentSize; j++) {
            if (!vector.get(j).isNumber() || !Float.isFinite((float) vector.get(j).asDouble())) {
                throw damaged(file, where + "has a vector value " + (j + 1) + " that is not a finite number", null);
            }
            values[j] = (float) vector.get(j).asDouble();
        }
        if (Math.abs(Latents.norm(values) - 1) > 1e-3) {
            throw damaged(file, where + "has a vector that is not of unit length", null);
        }
        double spread = number(file, node, "spread", where);
        if (!(spread > 0)) {
            throw damaged(file, where + "has a \"spread\" that is not positive", null);
        }
        return new Entry(new LatentDirection(name.asText(), kind, values, spread), (int) whole(file, node, "positives", where),
                (int) whole(file, node, "negatives", where), number(file, node, "balancedAccuracy", where),
                number(file, node, "scoreMinus", where), number(file, node, "scorePlus", where));
    }

    private static long whole(Path file, JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw damaged(file, where + "has no whole-number \"" + field + "\"", null);
        }
        return value.asLong();
    }

    private static double number(Path file, JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
            throw damaged(file, where + "has no finite number \"" + field + "\"", null);
        }
        return value.asDouble();
    }

    private static void onlyKnown(Path file, JsonNode node, Set<String> known, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw damaged(file, where + "has a property \"" + name + "\" that this version of GAN Studio does not "
                        + "know", null);
            }
        }
    }

    private static StudioException damaged(Path file, String why, Throwable cause) {
        return new StudioException("The directions " + file + " cannot be used: " + why.strip() + ".", cause);
    }
}
