package org.ganstudio.engine.cli;

import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.pairs.PairBuilder;
import org.ganstudio.engine.pairs.PairImporter;
import org.ganstudio.engine.pairs.PairInputs;
import org.ganstudio.engine.pairs.PairOptions;
import org.ganstudio.engine.pairs.PairProgress;
import org.ganstudio.engine.pairs.PairSummary;

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

    /** @param engine opened only for {@code --input edges} (and closed at the end) */
    static int buildPairs(CliArguments options, PrintStream out, Supplier<StudioEngine> engine) {
        Path photos = Path.of(options.required("photos"));
        Path target = Path.of(options.required("out"));
        String input = options.optional("input", "edges").toLowerCase(Locale.ROOT);
        if (input.equals("grey") || input.equals("gray")) {
            return report(out, run(out, progress -> new PairBuilder(pairOptions(options, cores()), PairInputs.greyscale())
                    .build(photos, target, progress.listener(), progress.cancelled())));
        }
        if (!input.equals("edges")) {
            throw new CliException("--input must be edges or grey, not '" + input + "'.");
        }
        EdgeSettings settings = edgeSettings(options.optional("edges", "xdog"));
        PairOptions pairOptions = pairOptions(options, 1); // the engine's extractor is not known to be thread-safe
        try (StudioEngine studio = engine.get()) {
            UnaryOperator<BufferedImage> edges = image -> studio.extractEdges(image, settings);
            edges.apply(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB)); // fail once here, not once per photo
            return report(out, run(out, progress -> new PairBuilder(pairOptions, edges)
                    .build(photos, target, progress.listener(), progress.cancelled())));
        }
    }

    static int importPairs(CliArguments options, PrintStream out) {
        Path a = Path.of(options.required("a"));
        Path b = Path.of(options.required("b"));
        Path target = Path.of(options.required("out"));
        PairImporter importer = new PairImporter(pairOptions(options, cores()));
        return report(out, run(out, progress -> importer.importPairs(a, b, target, progress.listener(),
                progress.cancelled())));
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

    private static PairOptions pairOptions(CliArguments options, int threads) {
        String val = options.optional("val", String.valueOf(PairOptions.DEFAULT_VALIDATION_FRACTION));
        try {
            return new PairOptions(options.integer("size", PairOptions.DEFAULT_SIDE), Double.parseDouble(val), threads);
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
    private static PairSummary run(PrintStream out, Function<Console, PairSummary> work) {
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

    private static int report(PrintStream out, PairSummary summary) {
        int listed = 0;
        for (SkippedFile file : summary.skipped()) {
            if (listed++ == MAX_LISTED) {
                out.println("  ... and " + (summary.skipped().size() - MAX_LISTED) + " more skipped");
                break;
            }
            out.println("  skipped " + file.name() + ": " + file.reason());
        }
        out.println(summary.describe());
        if (summary.written() + summary.kept() == 0 && !summary.cancelled()) {
            throw new StudioException("No pair could be made; see the skipped files above.");
        }
        return 0;
    }
}
