package org.ganstudio.engine.image;

/**
 * Told how far a folder load or scan has got. Called from loader threads, one call at a time and with
 * {@code done} never going down; implementations must return quickly.
 */
@FunctionalInterface
public interface LoadProgress {
    /** Reports nothing. */
    LoadProgress NONE = (done, total) -> {};

    /**
     * @param done files looked at so far
     * @param total files to look at in all
     */
    void update(int done, int total);
}
