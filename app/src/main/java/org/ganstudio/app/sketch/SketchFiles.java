package org.ganstudio.app.sketch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.Images;
import org.ganstudio.engine.api.StudioException;

/**
 * Reading images (through the engine's decoder) and writing a saved result: the output PNG, the drawing, what the
 * model saw, all three side by side in one PNG, and the provenance JSON.
 */
final class SketchFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SketchFiles() {}

    /** The files a save writes, named after the file the person chose. */
    record Names(Path output, Path sketch, Path modelInput, Path sideBySide, Path provenance) {
        static Names forChoice(Path chosen) {
            String name = chosen.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            boolean known = lower.endsWith(".png") || lower.endsWith(".json");
            String base = known ? name.substring(0, name.lastIndexOf('.')) : name;
            return new Names(chosen.resolveSibling(base + ".png"), chosen.resolveSibling(base + "-sketch.png"),
                    chosen.resolveSibling(base + "-model-input.png"), chosen.resolveSibling(base + "-side-by-side.png"),
                    chosen.resolveSibling(base + ".json"));
        }
    }

    /** What "Open saved…" found: the sketch, and the provenance when a JSON was opened (else null). */
    record Reopened(BufferedImage sketch, SavedSketch provenance) {}

    /** Writes the output, the drawing, what the model saw, the three side by side, and the provenance JSON. */
    static Names save(Path chosen, Translation result, String modelId, Path modelFolder, Instant at) {
        Names names = Names.forChoice(chosen);
        SavedSketch record = new SavedSketch(modelId, modelFolder.toAbsolutePath().toString(), at.toString(),
                result.output().getWidth(), result.drawing().getWidth(), fileName(names.sketch()),
                fileName(names.modelInput()), fileName(names.output()), fileName(names.sideBySide()),
                result.prepared().steps());
        try {
            ImageIO.write(result.output(), "png", names.output().toFile());
            ImageIO.write(result.drawing(), "png", names.sketch().toFile());
            ImageIO.write(result.prepared().image(), "png", names.modelInput().toFile());
            ImageIO.write(OutputImages.sideBySide(result.drawing(), result.prepared().image(), result.output()), "png",
                    names.sideBySide().toFile());
            JSON.writeValue(names.provenance().toFile(), record);
        } catch (IOException e) {
            throw new StudioException("Could not save in " + chosen.getParent() + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }

    /** Opens a saved JSON (and the sketch it names) or a sketch image. */
    static Reopened reopen(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return new Reopened(readImage(file), null);
        }
        SavedSketch record;
        try {
            record = JSON.readValue(file.toFile(), SavedSketch.class);
        } catch (JsonProcessingException e) {
            throw new StudioException(file.getFileName() + " is not a saved sketch: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new StudioException("Could not read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (record.sketchFile() == null) {
            throw new StudioException(file.getFileName() + " does not name its sketch file.");
        }
        return new Reopened(readImage(file.resolveSibling(record.sketchFile())), record);
    }

    /**
     * Decodes an image file with the engine's decoder: the same formats, pixel limit, EXIF orientation and
     * per-file reasons as training and the command line; transparency comes out on white.
     */
    static BufferedImage readImage(Path file) {
        return Images.decode(file);
    }
}
