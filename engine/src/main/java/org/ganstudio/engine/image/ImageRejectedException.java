package org.ganstudio.engine.image;

import org.ganstudio.engine.api.StudioException;

/** A file or buffer that cannot be used as an image, with the reason in plain words. */
public class ImageRejectedException extends StudioException {
    private final String name;
    private final String reason;

    /**
     * @param name the file name (or the name given to in-memory data)
     * @param reason what is wrong, e.g. "the file is empty"
     */
    public ImageRejectedException(String name, String reason) {
        this(name, reason, null);
    }

    public ImageRejectedException(String name, String reason, Throwable cause) {
        super("Cannot use " + name + ": " + reason, cause);
        this.name = name;
        this.reason = reason;
    }

    /** The file name the message refers to. */
    public String name() {
        return name;
    }

    /** What is wrong, without the file name; suitable for a {@code SkippedFile}. */
    public String reason() {
        return reason;
    }
}
