package org.ganstudio.engine.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which files the studio reads as pictures: the one rule every folder listing (engine, command line, app) uses,
 * and the one place that names the supported formats to people.
 */
public final class ImageFiles {

    /** The formats the studio decodes, in the order they are named, with their file name extensions. */
    private enum Format {
        PNG("PNG", "png"),
        JPEG("JPEG", "jpg", "jpeg"),
        BMP("BMP", "bmp"),
        GIF("GIF", "gif"),
        WEBP("WebP", "webp"),
        TIFF("TIFF", "tif", "tiff");

        private final String shown;
        private final String[] extensions;

        Format(String shown, String... extensions) {
            this.shown = shown;
            this.extensions = extensions;
        }
    }

    /** File name extensions of the formats the studio decodes, lower case, without the dot. */
    public static final Set<String> EXTENSIONS = Arrays.stream(Format.values())
            .flatMap(format -> Arrays.stream(format.extensions)).collect(Collectors.toUnmodifiableSet());

    private static final String DESCRIPTION = describe(Format.values());

    private ImageFiles() {}

    /** True for a visible file name with one of {@link #EXTENSIONS} (any case); false for hidden (dot) files. */
    public static boolean isImageName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return !fileName.startsWith(".") && dot > 0
                && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The supported formats for messages: "PNG, JPEG, BMP, GIF, WebP or TIFF". */
    public static String describe() {
        return DESCRIPTION;
    }

    private static String describe(Format[] formats) {
        String all = Arrays.stream(formats).map(format -> format.shown).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
