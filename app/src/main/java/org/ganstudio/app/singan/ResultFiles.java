package org.ganstudio.app.singan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ganstudio.app.common.PictureFiles;
import org.ganstudio.engine.api.StudioException;

/**
 * Saving a tool's result: the PNG (or GIF) a person chose, and beside it, with the same name, a JSON of how it was
 * made (model, tool, scales, seeds, size, settings) and the mask and input pictures as PNGs when there are some.
 */
final class ResultFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultFiles() {}

    /** The file name without its extension: "dune.png" gives "dune". */
    static String stem(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The JSON written beside {@code picture}. */
    static Path provenanceFile(Path picture) {
        return picture.resolveSibling(stem(picture) + ".json");
    }

    static Path maskFile(Path picture) {
        return picture.resolveSibling(stem(picture) + "-mask.png");
    }

    static Path inputFile(Path picture) {
        return picture.resolveSibling(stem(picture) + "-input.png");
    }

    /** Writes the result as a PNG (".png" added when the name has another ending), its JSON, mask and input. */
    static Path savePng(ToolResult result, Path chosen) {
        Path png = String.valueOf(chosen.getFileName()).toLowerCase(Locale.ROOT).endsWith(".png") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".png");
        PictureFiles.writePng(result.image(), png);
        writeProvenance(result, png, Map.of());
        return png;
    }

    /** Writes the JSON (and mask and input PNGs) beside {@code picture}; {@code extra} joins the settings. */
    static void writeProvenance(ToolResult result, Path picture, Map<String, Object> extra) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("modelId", result.modelId());
        json.put("tool", result.tool());
        json.put("scales", result.scales());
        json.put("seeds", result.seeds());
        json.put("width", result.image().getWidth());
        json.put("height", result.image().getHeight());
        json.put("file", String.valueOf(picture.getFileName()));
        if (result.mask() != null) {
            PictureFiles.writePng(result.mask(), maskFile(picture));
            json.put("mask", String.valueOf(maskFile(picture).getFileName()));
        }
        if (result.input() != null) {
            PictureFiles.writePng(result.input(), inputFile(picture));
            json.put("input", String.valueOf(inputFile(picture).getFileName()));
        }
        Map<String, Object> settings = new TreeMap<>(result.settings());
        settings.putAll(extra);
        json.put("settings", settings);
        json.put("savedAt", Instant.now().toString());
        try {
            JSON.writeValue(provenanceFile(picture).toFile(), json);
        } catch (IOException e) {
            throw new StudioException("Cannot write " + provenanceFile(picture).getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The seeds as a list. */
    static List<Long> seeds(long first, int count) {
        return java.util.stream.LongStream.range(first, first + count).boxed().toList();
    }
}
