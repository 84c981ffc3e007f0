package org.ganstudio.engine.checkpoint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Size and SHA-256 of every file in a checkpoint, so that damage is detected before anything is loaded.
 *
 * @param format always {@link #FORMAT}; tells a studio checkpoint from any other folder
 * @param files relative file name to its entry
 */
public record Manifest(String format, Map<String, Entry> files) {

    public static final String FORMAT = "gan-studio-checkpoint/1";
    public static final String FILE_NAME = "manifest.json";

    /** One file's size in bytes and SHA-256 in hex. */
    public record Entry(long bytes, String sha256) {}

    public Manifest {
        files = Map.copyOf(files);
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

    /**
     * Compares the files on disk with this manifest.
     *
     * @return null if all match, else a sentence naming the first problem
     */
    public String firstProblem(Path directory) throws IOException {
        String formatProblem = formatProblem();
        if (formatProblem != null) {
            return formatProblem;
        }
        for (Map.Entry<String, Entry> e : new TreeMap<>(files).entrySet()) {
            Path file = directory.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                return "the file " + e.getKey() + " is missing";
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

    /** Null when this manifest is of the studio's format, else why not. */
    public String formatProblem() {
        return FORMAT.equals(format) ? null
                : "it was written by another program or an incompatible version (format '" + format + "')";
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
