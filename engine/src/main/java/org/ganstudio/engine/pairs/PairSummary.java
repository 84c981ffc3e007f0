package org.ganstudio.engine.pairs;

import java.nio.file.Path;
import java.util.List;
import org.ganstudio.engine.api.PairBuildSummary;
import org.ganstudio.engine.api.SkippedFile;

/**
 * What an import or build did.
 *
 * @param out the output folder (pairs are in out/train and out/val)
 * @param written pairs written by this run
 * @param kept pairs an earlier run had already written, left as they were
 * @param trainPairs pairs now in out/train from this run's files (written or kept)
 * @param validationPairs pairs now in out/val from this run's files (written or kept)
 * @param skipped files left out and why
 * @param cancelled whether the run stopped early; every file it wrote is complete
 */
public record PairSummary(Path out, int written, int kept, int trainPairs, int validationPairs,
        List<SkippedFile> skipped, boolean cancelled) {
    public PairSummary {
        skipped = List.copyOf(skipped);
    }

    /** The same, as the api reports it. */
    public PairBuildSummary toApi() {
        return new PairBuildSummary(out, written, kept, trainPairs, validationPairs, skipped, cancelled);
    }

    /** One line for a person, e.g. "Wrote 90 pairs (81 train, 9 val in all) to out; 3 already there; skipped 2." */
    public String describe() {
        return toApi().describe();
    }
}
