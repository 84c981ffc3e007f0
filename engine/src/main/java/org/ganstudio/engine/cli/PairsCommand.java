package org.ganstudio.engine.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.PairBuildRequest;
import org.ganstudio.engine.api.PairBuildSummary;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.pairs.PairImporter;
import org.ganstudio.engine.pairs.PairOptions;
import org.ganstudio.engine.pairs.PairProgress;

/**
 * {@code ./studio build-pairs} (photos to input/photo pairs, the input made by the edge extractor or in grey)
 * and {@code ./studio import-pairs} (two folders of matching files to pairs). Both write side-by-side PNGs into
 * out/train and out/val, print progress and the skipped files, and stop cleanly on Ctrl+C: every file written
 * is complete, and running the same command again finishes the rest.
 */
final class PairsCommand {
    private static final int MAX_LISTED = 100;
    private static final int PRINTS_PER_RUN = 20;

    private PairsCommand() {}

    /** Builds through {@link StudioEngine#buildPairs}, the path the app takes too. */
    static int buildPairs(CliArguments options, PrintStream out, Supplier<StudioEngine> engine) {
        Path photos = Path.of(options.required("photos"));
        Path target = Path.of(options.required("out"));
        String input = options.optional("input", "edges").toLowerCase(Locale.ROOT);
        PairBuildRequest request;
        if (input.equals("grey") || input.equals("gray")) {
            request = sized(options, (side, val) -> PairBuildRequest.grey(photos, target, side)
                    .withValidationFraction(val));
        } else if (input.equals("edges")) {
            EdgeSettings settings = edgeSettings(options.optional("edges", "xdog"));
            request = sized(options, (side, val) -> PairBuildRequest.edges(photos, target, side, settings)
                    .withValidationFraction(val));
        } else {
            throw new CliException("--input must be edges or grey, not '" + input + "'.");
        }
        try (StudioEngine studio = engine.get()) {
            return report(out, run(out, progress -> studio.buildPairs(request, progress.listener()::update,
                    progress.cancelled())));
        }
    }

    static int importPairs(CliArguments options, PrintStream out) {
        Path a = Path.of(options.required("a"));
        Path b = Path.of(options.required("b"));
        Path target = Path.of(options.required("out"));
        PairImporter importer = new PairImporter(sized(options, (side, val) -> new PairOptions(side, val, cores())));
        return report(out, run(out, progress -> importer.importPairs(a, b, target, progress.listener(),
                progress.cancelled()).toApi()));
    }

    static EdgeSettings edgeSettings(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "xdog":
                return EdgeSettings.xdog();
            case "canny":
                return EdgeSettings.canny();
            default:
                throw new CliException("--edges must be xdog or canny, not '" + name + "'.");
        }
    }

    /** Makes something from the --size and --val options. */
    @FunctionalInterface
    private interface Sized<T> {
        T make(int side, double validationFraction);
    }

    /** Reads --size and --val and makes what they configure; a bad value is a usage error. */
    private static <T> T sized(CliArguments options, Sized<T> maker) {
        String val = options.optional("val", String.valueOf(PairBuildRequest.DEFAULT_VALIDATION_FRACTION));
        try {
            return maker.make(options.integer("size", PairOptions.DEFAULT_SIDE), Double.parseDouble(val));
        } catch (NumberFormatException e) {
            throw new CliException("--val must be a number such as 0.1, not '" + val + "'.");
        } catch (IllegalArgumentException e) {
            throw new CliException("Invalid option: " + e.getMessage() + ".");
        }
    }

    private static int cores() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Progress lines (about {@value #PRINTS_PER_RUN} per run) and a cancel flag that Ctrl+C sets. */
    private record Console(PrintStream out, AtomicBoolean cancel) {
        PairProgress listener() {
            return (done, total, file) -> {
                if (done == total || done * PRINTS_PER_RUN / total != (done - 1) * PRINTS_PER_RUN / total) {
                    out.printf("%d/%d  %s%n", done, total, file);
                }
            };
        }

        BooleanSupplier cancelled() {
            return cancel::get;
        }
    }

    /** Runs the work; Ctrl+C asks it to stop after the files in hand and waits for that. */
    private static PairBuildSummary run(PrintStream out, Function<Console, PairBuildSummary> work) {
        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.set(true);
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.apply(new Console(out, cancel));
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (Ctrl+C): the hook is running and sees the latch
            }
        }
    }

    private static int report(PrintStream out, PairBuildSummary summary) {
        int listed = 0;
        for (SkippedFile file : summary.skipped()) {
            if (listed++ == MAX_LISTED) {
                out.println("  ... and " + (summary.skipped().size() - MAX_LISTED) + " more skipped");
                break;
            }
            out.println("  skipped " + file.name() + ": " + file.reason());
        }
        out.println(summary.describe());
        if (summary.written() + summary.alreadyThere() == 0 && !summary.cancelled()) {
            throw new StudioException("No pair could be made; see the skipped files above.");
        }
        return 0;
    }
}
