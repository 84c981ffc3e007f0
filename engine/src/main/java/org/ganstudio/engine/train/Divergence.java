package org.ganstudio.engine.train;

import java.nio.file.Path;

/**
 * A loss or a weight that is no longer a finite number. The loop stops on it without saving anything, and turns it
 * into a {@link org.ganstudio.engine.api.TrainingState#DIVERGED} snapshot.
 */
final class Divergence extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason what went non-finite, e.g. "loss D became NaN" */
    Divergence(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }

    /**
     * What a person reads: the step, what went wrong, the checkpoint to go back to and what to try.
     *
     * @param step steps done, the failing one included
     * @param lastGood the newest checkpoint known to be finite, or null
     */
    String message(long step, Path lastGood) {
        String where = lastGood == null ? "No good checkpoint was written before it."
                : lastGood.getFileName() + " is the last good checkpoint; nothing after it was saved.";
        return "Training diverged at step " + step + ": " + reason() + ". " + where
                + " Try a lower learning rate, e.g. half the current one, in a new run (a resumed run keeps its"
                + " saved settings and repeats the same steps).";
    }
}
