package org.ganstudio.engine.latent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.ganstudio.engine.api.LatentBookmark;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.Json;

/**
 * The bookmark file: named latents of models, as JSON.
 *
 * <pre>
 * {"format": "gan-studio-bookmarks", "version": 1,
 *  "bookmarks": [{"name": "smile", "model": "dcgan-faces-64", "latent": [0.12, -1.3, ...]}]}
 * </pre>
 *
 * Read strictly: another format, a newer version, a property this version does not know, a missing or empty
 * value, a number that is not finite as a float, or damaged JSON is a {@link StudioException} that says what and
 * where. Written to a temporary file in the same folder, flushed to disk, then moved over the old file in one
 * step, so a failed write leaves the old file whole.
 */
public final class BookmarkFile {

    public static final String FORMAT = "gan-studio-bookmarks";
    public static final int VERSION = 1;
    private static final Set<String> TOP = Set.of("format", "version", "bookmarks");
    private static final Set<String> ENTRY = Set.of("name", "model", "latent");

    private BookmarkFile() {}

    public static List<LatentBookmark> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new StudioException("There is no bookmark file at " + file + ".", e);
        } catch (IOException e) {
            throw new StudioException("The bookmark file " + file + " cannot be read: " + e.getMessage() + ".", e);
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw damaged(file, "it is not valid JSON (line " + e.getLocation().getLineNr() + "); it may be cut "
                    + "short or edited by hand", e);
        } catch (IOException e) {
            throw damaged(file, "it is not valid JSON", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new StudioException("The file " + file + " is not a GAN Studio bookmark file (it lacks \"format\": \""
                    + FORMAT + "\").");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw damaged(file, "it has no whole-number \"version\"", null);
        }
        if (version.asInt() > VERSION) {
            throw new StudioException("The bookmark file " + file + " was written by a newer GAN Studio (version "
                    + version.asInt() + "); this one reads version " + VERSION + ".");
        }
        if (version.asInt() < 1) {
            throw damaged(file, "its \"version\" " + version.asInt() + " is not one GAN Studio ever wrote", null);
        }
        onlyKnown(file, root, TOP, "");
        JsonNode entries = root.get("bookmarks");
        if (entries == null || !entries.isArray()) {
            throw damaged(file, "it has no \"bookmarks\" list", null);
        }
        List<LatentBookmark> bookmarks = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            bookmarks.add(entry(file, entries.get(i), i));
        }
        return List.copyOf(bookmarks);
    }

    private static LatentBookmark entry(Path file, JsonNode node, int index) {
        String where = "bookmark " + (index + 1);
        if (!node.isObject()) {
            throw damaged(file, where + " is not an object", null);
        }
        onlyKnown(file, node, ENTRY, where + " ");
        String name = text(file, node, "name", where);
        String model = text(file, node, "model", where);
        JsonNode latent = node.get("latent");
        if (latent == null || latent.isNull()) {
            throw damaged(file, where + " (\"" + name + "\") has no \"latent\"", null);
        }
        if (!latent.isArray() || latent.isEmpty()) {
            throw damaged(file, where + " (\"" + name + "\") has a \"latent\" that is not a list of numbers", null);
        }
        float[] values = new float[latent.size()];
        for (int j = 0; j < values.length; j++) {
            JsonNode value = latent.get(j);
            if (!value.isNumber()) {
                throw damaged(file, where + " (\"" + name + "\") has a latent value " + (j + 1) + " that is not a "
                        + "number", null);
            }
            values[j] = (float) value.asDouble();
            if (!Float.isFinite(values[j])) {
                throw damaged(file, where + " (\"" + name + "\") has a latent value " + (j + 1) + " that is too "
                        + "large to be used (" + value.asText() + ")", null);
            }
        }
        return new LatentBookmark(name, model, values);
    }

    private static String text(Path file, JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw damaged(file, where + " has no \"" + field + "\"", null);
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw damaged(file, where + " has a \"" + field + "\" that is not a non-empty text", null);
        }
        return value.asText();
    }

    private static void onlyKnown(Path file, JsonNode node, Set<String> known, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw damaged(file, where + "has a property \"" + name + "\" that this version of GAN Studio does "
                        + "not know", null);
            }
        }
    }

    private static StudioException damaged(Path file, String why, Throwable cause) {
        return new StudioException("The bookmark file " + file + " cannot be used: " + why + ".", cause);
    }

    /** Writes the bookmarks, replacing {@code file} in one step. */
    public static void write(Path file, List<LatentBookmark> bookmarks) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode entries = root.putArray("bookmarks");
        for (LatentBookmark bookmark : bookmarks) {
            if (bookmark.modelId() == null || bookmark.modelId().isBlank()) {
                throw new StudioException("The bookmark \"" + bookmark.name() + "\" does not say which model it "
                        + "belongs to.");
            }
            ObjectNode entry = entries.addObject();
            entry.put("name", bookmark.name());
            entry.put("model", bookmark.modelId());
            ArrayNode latent = entry.putArray("latent");
            float[] values = bookmark.latent();
            if (values.length == 0) {
                throw new StudioException("The bookmark \"" + bookmark.name() + "\" has no latent values.");
            }
            for (float value : values) {
                if (!Float.isFinite(value)) {
                    throw new StudioException("The bookmark \"" + bookmark.name() + "\" has a latent value that is "
                            + "not a number (NaN/Inf); it cannot be saved.");
                }
                latent.add(value);
            }
        }
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
            byte[] bytes = Json.mapper().writeValueAsBytes(root);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new StudioException("The bookmarks cannot be saved to " + file + ": " + e.getMessage() + ".", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a leftover hidden temporary file harms nothing
                }
            }
        }
    }
}
