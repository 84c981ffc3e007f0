package org.ganstudio.engine.api;

import java.util.Locale;
import java.util.Set;

/** Which files the studio reads as pictures: the one rule every folder listing (engine, command line, app) uses. */
public final class ImageFiles {
    /** File name extensions of the formats the studio decodes, lower case, without the dot. */
    public static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");

    private ImageFiles() {}

    /** True for a visible file name with one of {@link #EXTENSIONS} (any case); false for hidden (dot) files. */
    public static boolean isImageName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return !fileName.startsWith(".") && dot > 0
                && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
