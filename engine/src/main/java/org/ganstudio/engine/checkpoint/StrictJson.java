package org.ganstudio.engine.checkpoint;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the files a model is made of (manifest.json, config.json, state.json) strictly: a property this version
 * does not know, or one that is missing or null, is refused rather than ignored or defaulted. Every failure is an
 * {@link IOException} whose message is a plain sentence naming the file and the property.
 */
public final class StrictJson {

    private static final ObjectMapper STRICT = Json.mapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictJson() {}

    /** The file as a tree, for checks before it is mapped (a schema version, say). */
    public static JsonNode tree(Path file) throws IOException {
        try {
            JsonNode node = STRICT.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new IOException(file.getFileName() + " does not hold a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IOException(sentence(file.getFileName().toString(), "", null, e), e);
        }
    }

    public static <T> T read(Path file, Class<T> type) throws IOException {
        return convert(tree(file), type, file.getFileName().toString(), "");
    }

    /**
     * Maps {@code node}, a part of {@code fileName} found under {@code prefix} (e.g. "model"), to {@code type}.
     */
    public static <T> T convert(JsonNode node, Class<T> type, String fileName, String prefix) throws IOException {
        try {
            return STRICT.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IOException(sentence(fileName, prefix, node, e), e);
        }
    }

    private static String sentence(String file, String prefix, JsonNode root, Exception e) {
        if (e instanceof JsonParseException parse) {
            return file + " is not valid JSON (line " + parse.getLocation().getLineNr() + ")";
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return file + " is not valid: " + v.getCause().getMessage();
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return file + " is not valid";
        }
        List<String> parts = new ArrayList<>(mapping.getPath().stream().map(r -> r.getFieldName() != null
                ? r.getFieldName() : r.getIndex() >= 0 ? Integer.toString(r.getIndex()) : null)
                .filter(Objects::nonNull).toList());
        if (e instanceof UnrecognizedPropertyException unknown) {
            if (parts.isEmpty() || !parts.get(parts.size() - 1).equals(unknown.getPropertyName())) {
                parts.add(unknown.getPropertyName());
            }
            return file + " has a property '" + dotted(prefix, parts) + "' that this version of GAN Studio does not know";
        }
        JsonNode at = locate(root, parts);
        String named = quoted(mapping.getOriginalMessage());
        if (at.isObject() && !named.isEmpty() && (!at.has(named) || at.get(named).isNull())) {
            parts.add(named);
            at = at.path(named);
        }
        if (at.isMissingNode()) {
            return file + " lacks the property '" + dotted(prefix, parts) + "'";
        }
        if (at.isNull()) {
            return file + " has no value for '" + dotted(prefix, parts) + "'";
        }
        return file + " has a value of the wrong kind" + (parts.isEmpty() ? "" : " at '" + dotted(prefix, parts) + "'");
    }

    private static JsonNode locate(JsonNode root, List<String> parts) {
        JsonNode at = root == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : root;
        for (String part : parts) {
            at = at.isArray() ? at.path(Integer.parseInt(part)) : at.path(part);
        }
        return at;
    }

    private static String dotted(String prefix, List<String> parts) {
        List<String> all = new ArrayList<>();
        if (!prefix.isEmpty()) {
            all.add(prefix);
        }
        all.addAll(parts);
        return String.join(".", all);
    }

    /** The first 'quoted' name in a Jackson message, or "". */
    private static String quoted(String message) {
        int start = message.indexOf('\'');
        int end = start < 0 ? -1 : message.indexOf('\'', start + 1);
        return end > start ? message.substring(start + 1, end) : "";
    }
}
