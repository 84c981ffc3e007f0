package org.ganstudio.engine.checkpoint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Size and SHA-256 of every file in a checkpoint, so that damage is detected before anything is loaded.
 *
 * <p>A manifest is trusted only as far as it is checked: its keys must be relative names inside the folder
 * ({@link ManifestKeys}), every file in the folder must be listed, and every listed file must match. The keys are
 * checked before any file is opened, so a manifest cannot make the studio read something outside its folder.
 *
 * @param format always {@link #FORMAT}; tells a studio checkpoint from any other folder
 * @param files relative file name (with / between folder names) to its entry
 */
public record Manifest(String format, Map<String, Entry> files) {

    public static final String FORMAT = "gan-studio-checkpoint/1";
    public static final String FILE_NAME = "manifest.json";

    /** One file's size in bytes and SHA-256 in hex. */
    public record Entry(long bytes, String sha256) {}

    public Manifest {
        files = files == null ? Map.of() : Map.copyOf(files);
    }

    /** Describes every regular file below {@code directory} (except the manifest itself). */
    public static Manifest of(Path directory) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = directory.relativize(file).toString().replace('\\', '/');
                if (!name.equals(FILE_NAME)) {
                    entries.put(name, new Entry(Files.size(file), sha256(file)));
                }
            }
        }
        return new Manifest(FORMAT, entries);
    }

    /** Reads a manifest.json strictly; a missing or null file list reads as an empty one (refused by the checks). */
    public static Manifest read(Path file) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode node = (com.fasterxml.jackson.databind.node.ObjectNode) StrictJson.tree(file);
        if (node.get("files") == null || node.get("files").isNull()) {
            node.putObject("files");
        }
        return StrictJson.convert(node, Manifest.class, FILE_NAME, "");
    }

    /**
     * Compares the files on disk with this manifest: first its own form and keys, then that every file in the
     * folder is listed (hidden files, whose names start with a dot, aside), then each file's size and checksum.
     *
     * @return null if all match, else a sentence naming the first problem
     */
    public String firstProblem(Path directory) throws IOException {
        String problem = formatProblem();
        if (problem == null) {
            problem = unlistedProblem(directory);
        }
        if (problem != null) {
            return problem;
        }
        Path inside = directory.toRealPath();
        for (Map.Entry<String, Entry> e : new TreeMap<>(files).entrySet()) {
            Path file = directory.resolve(e.getKey());
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !file.toRealPath().startsWith(inside)) {
                return Files.exists(file) ? "the file " + e.getKey() + " is not a plain file inside its folder"
                        : "the file " + e.getKey() + " is missing";
            }
            if (Files.size(file) != e.getValue().bytes()) {
                return "the file " + e.getKey() + " has " + Files.size(file) + " bytes, expected " + e.getValue().bytes()
                        + " (truncated or replaced)";
            }
            if (!sha256(file).equals(e.getValue().sha256())) {
                return "the file " + e.getKey() + " is damaged (its checksum does not match)";
            }
        }
        return null;
    }

    /**
     * Null when this manifest is of the studio's format, lists files and every key is a relative name inside
     * its folder, else why not. Opens no file.
     */
    public String formatProblem() {
        if (!FORMAT.equals(format)) {
            return "it was written by another program or an incompatible version (format '" + format + "')";
        }
        if (files.isEmpty()) {
            return "its manifest lists no files";
        }
        for (String key : new TreeMap<>(files).keySet()) {
            String problem = ManifestKeys.problem(key);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Null when every name in {@code needed} is listed, else a sentence naming the first that is not. */
    public String unlisted(Collection<String> needed) {
        for (String name : needed) {
            if (!files.containsKey(name)) {
                return "the file " + name + " is not listed in its manifest";
            }
        }
        return null;
    }

    private String unlistedProblem(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))::iterator) {
                String name = directory.relativize(file).toString().replace('\\', '/');
                if (!name.equals(FILE_NAME) && !files.containsKey(name) && !ManifestKeys.hidden(name)) {
                    return "the file " + name + " is not listed in its manifest (it was added after the model was written)";
                }
            }
        }
        return null;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
