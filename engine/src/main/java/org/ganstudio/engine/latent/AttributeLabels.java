package org.ganstudio.engine.latent;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ganstudio.engine.api.StudioException;

/**
 * The labels of a labelled image folder: {@value #FILE_NAME}, tab-separated, with a header naming at least the
 * columns {@code file} and {@code attributes} (the emoji-faces builder also writes {@code set}, {@code codepoint}
 * and {@code subcategory}; other columns are ignored). Attributes are comma-separated and may be empty. Rows whose
 * image is not in the folder are skipped and counted.
 *
 * @param folder the labelled folder
 * @param faces one per row whose file exists, in file order
 * @param missing rows whose file is not in the folder
 */
public record AttributeLabels(Path folder, List<Face> faces, int missing) {

    public static final String FILE_NAME = "labels.tsv";

    /**
     * One labelled image.
     *
     * @param file the image's name inside the folder
     * @param codepoint the emoji's code points ("" when the file has no such column)
     * @param subcategory the emoji's Unicode subcategory, e.g. "person" or "face-smiling" ("" when absent)
     * @param attributes the labels, e.g. "male", "tone_1f3ff", "smiling"
     */
    public record Face(String file, String codepoint, String subcategory, Set<String> attributes) {
        public Face {
            attributes = Set.copyOf(attributes);
        }

        public boolean has(String attribute) {
            return attributes.contains(attribute);
        }

        public boolean hasAny(String... wanted) {
            return Arrays.stream(wanted).anyMatch(attributes::contains);
        }

        /**
         * The emoji without its skin-tone modifiers: drawings of one emoji (in any set or tone) share it, so a
         * held-out split by group tests on emoji the classifier has not seen. The file name when there is no
         * codepoint.
         */
        public String group() {
            if (codepoint.isEmpty()) {
                return file;
            }
            return codepoint.replaceAll("-?1f3f[b-f]", "");
        }
    }

    public AttributeLabels {
        faces = List.copyOf(faces);
    }

    /**
     * Reads {@code folder}/{@value #FILE_NAME}.
     *
     * @throws StudioException when the file is missing, unreadable, lacks a needed column, or a row has fewer
     *     columns than its header
     */
    public static AttributeLabels read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw damaged(file, "it is empty; its first line must name the columns (file, attributes, ...)");
            }
            Map<String, Integer> columns = new HashMap<>();
            String[] names = header.split("\t", -1);
            for (int i = 0; i < names.length; i++) {
                columns.putIfAbsent(names[i].strip().toLowerCase(java.util.Locale.ROOT), i);
            }
            for (String needed : List.of("file", "attributes")) {
                if (!columns.containsKey(needed)) {
                    throw damaged(file, "its header has no \"" + needed + "\" column");
                }
            }
            List<Face> faces = new ArrayList<>();
            int missing = 0;
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < names.length) {
                    throw damaged(file, "line " + lineNumber + " has " + cells.length + " columns, the header "
                            + names.length);
                }
                String name = cells[columns.get("file")].strip();
                if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                    throw damaged(file, "line " + lineNumber + " names no plain file in the folder (\"" + name + "\")");
                }
                if (!Files.isRegularFile(folder.resolve(name))) {
                    missing++;
                    continue;
                }
                Set<String> attributes = new LinkedHashSet<>();
                for (String attribute : cells[columns.get("attributes")].split(",")) {
                    if (!attribute.isBlank()) {
                        attributes.add(attribute.strip());
                    }
                }
                faces.add(new Face(name, cell(cells, columns, "codepoint"), cell(cells, columns, "subcategory"),
                        attributes));
            }
            return new AttributeLabels(folder, faces, missing);
        } catch (NoSuchFileException e) {
            throw new StudioException("The folder " + folder + " has no " + FILE_NAME + ": attribute directions need "
                    + "labelled images (a tab-separated file with the columns file and attributes).", e);
        } catch (MalformedInputException e) {
            throw new StudioException(damaged(file, "it is not UTF-8 text").getMessage(), e);
        } catch (IOException e) {
            throw new StudioException("The labels " + file + " cannot be read: " + e.getMessage() + ".", e);
        }
    }

    /** The faces on each side of a slider's rule (a face that fits both is left out). */
    public Sides sides(AttributeSlider slider) {
        List<Face> positives = new ArrayList<>();
        List<Face> negatives = new ArrayList<>();
        for (Face face : faces) {
            boolean positive = slider.positive().test(face);
            boolean negative = slider.negative().test(face);
            if (positive && !negative) {
                positives.add(face);
            } else if (negative && !positive) {
                negatives.add(face);
            }
        }
        return new Sides(slider, positives, negatives);
    }

    /** The examples of one slider. */
    public record Sides(AttributeSlider slider, List<Face> positives, List<Face> negatives) {
        public Sides {
            positives = List.copyOf(positives);
            negatives = List.copyOf(negatives);
        }

        /** True when both sides have at least {@code minimum} faces. */
        public boolean enough(int minimum) {
            return positives.size() >= minimum && negatives.size() >= minimum;
        }
    }

    private static String cell(String[] cells, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : cells[index].strip();
    }

    private static StudioException damaged(Path file, String why) {
        return new StudioException("The labels " + file + " cannot be used: " + why + ".");
    }
}
