package org.ganstudio.engine.checkpoint;

import java.util.regex.Pattern;

/**
 * The form of a manifest key: a relative name inside the checkpoint's folder, its parts joined by '/'. Absolute
 * paths, drive letters, backslashes, '.' and '..' parts, empty parts and control characters are refused.
 */
final class ManifestKeys {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private ManifestKeys() {}

    /** Null when {@code key} names a file inside the folder, else a sentence saying why not. */
    static String problem(String key) {
        if (key == null || key.isEmpty()) {
            return "its manifest names a file with an empty name";
        }
        if (key.startsWith("/") || DRIVE.matcher(key).matches() || ("/" + key + "/").contains("/../")) {
            return "its manifest names '" + key + "', a file outside its folder";
        }
        if (key.indexOf('\\') >= 0 || key.chars().anyMatch(c -> c < 0x20) || key.equals(Manifest.FILE_NAME)
                || key.endsWith("/") || key.contains("//") || ("/" + key + "/").contains("/./")) {
            return "its manifest names '" + key + "', which is not a plain file name inside its folder";
        }
        return null;
    }

    /** True for names with a part that starts with a dot (.DS_Store and the like), which the studio never reads. */
    static boolean hidden(String name) {
        return name.startsWith(".") || name.contains("/.");
    }
}
