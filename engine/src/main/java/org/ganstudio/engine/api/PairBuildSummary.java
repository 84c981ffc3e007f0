package org.ganstudio.engine.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What a pair build (or import) did.
 *
 * @param out the output folder (pairs are in out/train and out/val)
 * @param written pairs written by this run
 * @param alreadyThere pairs an earlier run had written, left as they were
 * @param trainPairs pairs now in out/train from this run's files (written or already there)
 * @param validationPairs pairs now in out/val from this run's files (written or already there)
 * @param skipped files left out and why
 * @param cancelled whether the run stopped early; every file it wrote is complete, and running it again
 *     finishes the rest
 */
public record PairBuildSummary(Path out, int written, int alreadyThere, int trainPairs, int validationPairs,
        List<SkippedFile> skipped, boolean cancelled) {
    public PairBuildSummary {
        skipped = List.copyOf(skipped);
    }

    /** Pairs in the output folder from this run's files: written now or before. */
    public int pairs() {
        return trainPairs + validationPairs;
    }

    /** One line for a person, e.g. "Wrote 90 pairs (81 train, 9 val in all) to out; 3 already there; skipped 2." */
    public String describe() {
        return (cancelled ? "Cancelled. " : "") + "Wrote " + written + " pair" + (written == 1 ? "" : "s") + " ("
                + trainPairs + " train, " + validationPairs + " val in all) to " + out + "; " + alreadyThere
                + " already there; skipped " + skipped.size() + ".";
    }
}
