package org.ganstudio.engine.pairs;

/**
 * Told after each file of an import or build. Called from worker threads, one call at a time, with
 * {@code done} going up by one each call; implementations must return quickly.
 */
@FunctionalInterface
public interface PairProgress {
    /** Reports nothing. */
    PairProgress NONE = (done, total, file) -> {};

    /**
     * @param done files handled so far (written, already there, or skipped)
     * @param total files to handle in all
     * @param file the name of the file just handled
     */
    void update(int done, int total, String file);
}
