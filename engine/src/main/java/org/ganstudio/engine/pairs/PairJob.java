package org.ganstudio.engine.pairs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.ganstudio.engine.api.SkippedFile;

/**
 * The part {@link PairImporter} and {@link PairBuilder} share: for each item, keep the pair an earlier run
 * wrote or make it and write it with {@link PairWriter}; collect what was skipped and why; stop between
 * files when cancelled.
 */
final class PairJob {
    private PairJob() {}

    /**
     * One pair to make.
     *
     * @param name the file name shown in progress and in {@link SkippedFile}s
     * @param stem the output name without ".png"
     * @param pair makes the side-by-side image; throws with the reason when the file cannot be used
     */
    record Item(String name, String stem, Supplier<BufferedImage> pair) {}

    private enum Result { WRITTEN, KEPT }

    static PairSummary run(Path out, PairOptions options, List<Item> items, List<SkippedFile> skippedBefore,
            PairProgress progress, BooleanSupplier cancelled) {
        PairWriter writer = new PairWriter(out, options.side(), options.validationFraction());
        List<Parallel.Outcome<Result>> outcomes = Parallel.map(items, item -> {
            try {
                if (writer.alreadyBuilt(item.stem())) {
                    return Result.KEPT;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writer.write(item.stem(), item.pair().get());
            return Result.WRITTEN;
        }, options.threads(), (done, total, item) -> progress.update(done, total, item.name()), cancelled);
        int written = 0;
        int kept = 0;
        int train = 0;
        int validation = 0;
        boolean stopped = false;
        List<SkippedFile> skipped = new ArrayList<>(skippedBefore);
        for (int i = 0; i < outcomes.size(); i++) {
            Parallel.Outcome<Result> outcome = outcomes.get(i);
            if (outcome == null) {
                stopped = true;
            } else if (!outcome.ok()) {
                skipped.add(new SkippedFile(items.get(i).name(), outcome.reason()));
            } else {
                written += outcome.value() == Result.WRITTEN ? 1 : 0;
                kept += outcome.value() == Result.KEPT ? 1 : 0;
                boolean isTrain = writer.split(items.get(i).stem()).equals(PairSplit.TRAIN);
                train += isTrain ? 1 : 0;
                validation += isTrain ? 0 : 1;
            }
        }
        skipped.sort(Comparator.comparing(SkippedFile::name));
        return new PairSummary(out, written, kept, train, validation, skipped, stopped || cancelled.getAsBoolean());
    }
}
