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

/** Reading images (through the engine's decoder) and writing a saved result: output PNG, sketch PNG and provenance JSON side by side. */
final class SketchFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SketchFiles() {}

    /** The three files a save writes, named after the file the person chose. */
    record Names(Path output, Path sketch, Path provenance) {
        static Names forChoice(Path chosen) {
            String name = chosen.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            boolean known = lower.endsWith(".png") || lower.endsWith(".json");
            String base = known ? name.substring(0, name.lastIndexOf('.')) : name;
            return new Names(chosen.resolveSibling(base + ".png"), chosen.resolveSibling(base + "-sketch.png"),
                    chosen.resolveSibling(base + ".json"));
        }
    }

    /** What "Open saved…" found: the sketch, and the provenance when a JSON was opened (else null). */
    record Reopened(BufferedImage sketch, SavedSketch provenance) {}

    static Names save(Path chosen, BufferedImage output, BufferedImage sketch, String modelId, Path modelFolder,
            Instant at) {
        Names names = Names.forChoice(chosen);
        SavedSketch record = new SavedSketch(modelId, modelFolder.toAbsolutePath().toString(), at.toString(),
                output.getWidth(), names.sketch().getFileName().toString(), names.output().getFileName().toString());
        try {
            ImageIO.write(output, "png", names.output().toFile());
            ImageIO.write(sketch, "png", names.sketch().toFile());
            JSON.writeValue(names.provenance().toFile(), record);
        } catch (IOException e) {
            throw new StudioException("Could not save in " + chosen.getParent() + ": " + e.getMessage(), e);
        }
        return names;
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
