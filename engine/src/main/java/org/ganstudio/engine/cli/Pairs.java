package org.ganstudio.engine.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.PairBuildSummary;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.pairs.PairOptions;
import org.ganstudio.engine.pairs.PairProgress;
import picocli.CommandLine.Option;

/**
 * What {@code ./studio build-pairs} ({@link BuildPairsCommand}) and {@code import-pairs} ({@link ImportPairsCommand})
 * share: both write side-by-side PNGs into out/train and out/val, print progress and the skipped files, and stop
 * cleanly on Ctrl+C: every file written is complete, and running the same command again finishes the rest.
 */
final class Pairs {
    private static final int MAX_LISTED = 100;
    private static final int PRINTS_PER_RUN = 20;

    private Pairs() {}

    /** {@code --size} and {@code --val}, the options both commands take. */
    static final class SizeOptions {
        @Option(names = "--size", paramLabel = "PX", defaultValue = "" + PairOptions.DEFAULT_SIDE,
                description = "Side of each square half of a pair, in pixels. Default: ${DEFAULT-VALUE}.")
        private int side;

        @Option(names = "--val", paramLabel = "FRACTION", defaultValue = "" + PairOptions.DEFAULT_VALIDATION_FRACTION,
                description = "Share of the pairs held out in val/ for scoring, such as 0.1. Default: ${DEFAULT-VALUE}.")
        private double validation;

        /** Makes what --size and --val configure; a value out of range is a usage error. */
        <T> T make(Sized<T> maker) {
            try {
                return maker.make(side, validation);
            } catch (IllegalArgumentException e) {
                throw new CliException("Invalid option: " + e.getMessage() + ".");
            }
        }
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
    interface Sized<T> {
        T make(int side, double validationFraction);
    }

    static int cores() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Progress lines (about {@value #PRINTS_PER_RUN} per run) and a cancel flag that Ctrl+C sets. */
    record Console(PrintStream out, AtomicBoolean cancel) {
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
    static PairBuildSummary run(PrintStream out, Function<Console, PairBuildSummary> work) {
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

    static int report(PrintStream out, PairBuildSummary summary) {
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
