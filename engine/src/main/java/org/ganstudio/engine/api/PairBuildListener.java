package org.ganstudio.engine.api;

/**
 * Told after each photo of a pair build, from the build's thread, one call at a time, with {@code done} going
 * up by one each call. Implementations must return quickly (keep the newest values, update a view later).
 */
@FunctionalInterface
public interface PairBuildListener {
    /** Reports nothing. */
    PairBuildListener NONE = (done, total, file) -> {};

    /**
     * @param done photos handled so far (written, already there, or skipped)
     * @param total photos to handle in all
     * @param file the name of the photo just handled
     */
    void onProgress(int done, int total, String file);
}
