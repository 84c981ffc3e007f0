package org.ganstudio.engine.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.CheckpointInfo;
import org.ganstudio.engine.api.DevicePreference;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.NumericsReport;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingHandle;
import org.ganstudio.engine.api.TrainingRequest;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;
import org.ganstudio.engine.core.DefaultStudioEngine;
import org.ganstudio.engine.core.DeviceSelector;

/** Entry point of {@code ./studio COMMAND ...}: the same engine as the app, without a window. */
public final class StudioCli {

    static final String USAGE = String.join("\n",
            "GAN Studio command line",
            "",
            "  ./studio                         open the desktop app",
            "  ./studio train --data DIR --out RUN_DIR [--family dcgan] [--set key=value ...]",
            "                                   train a new model; keys are those of the app's Train form,",
            "                                   e.g. --set steps=2000 --set imageSize=32 --set colour=grey",
            "  ./studio resume --checkpoint DIR continue a run from a checkpoint (or --run RUN_DIR: its latest)",
            "  ./studio sample --model DIR [--n 64] [--seed 1] --out grid.png",
            "                                   write a grid of samples from a trained DCGAN",
            "  ./studio checkpoints --dir DIR   list the checkpoints under a run or a folder of runs",
            "  ./studio export --model CHECKPOINT --out DIR [--name TEXT] [--dataset TEXT] [--recipe TEXT]",
            "                                   copy what sampling needs (generator, config, card) into DIR",
            "                 [--examples PAIRS_DIR [--example-count 24]] [--scores EVAL_JSON] [--edges xdog|canny]",
            "                                   Pix2Pix: add held-out example inputs, eval scores on the card, and",
            "                                   the edge extractor its inputs were made with",
            "  ./studio translate --model DIR --in FILE_OR_FOLDER --out FOLDER",
            "                                   run a Pix2Pix model over images (unreadable files are skipped)",
            "  ./studio eval --model DIR --data DIR [--json FILE]",
            "                                   score a Pix2Pix model on the val/ pairs of a dataset: L1, PSNR, SSIM",
            "  ./studio doctor                  the CPU, libraries, threads, device and the numeric self-check;",
            "                                   exits 1 when this computer's numbers cannot be trusted",
            "  ./studio bench [--json FILE] [--repeats N]",
            "                                   measure matmul peak, up-convolution, DCGAN and Pix2Pix speed",
            "",
            "  ./studio import-idx --images FILE --labels FILE --out DIR [--classes 5,7,9] [--per-class N] [--invert]",
            "                                   write classes of an MNIST-style IDX data set as PNG files",
            "  ./studio build-pairs --photos DIR --out DIR [--size 256] [--input edges|grey] [--edges xdog|canny] [--val 0.1]",
            "                                   make Pix2Pix pairs (input | photo) in DIR/train and DIR/val",
            "  ./studio import-pairs --a DIR --b DIR --out DIR [--size 256] [--val 0.1]",
            "                                   join inputs (A) and targets (B) with matching file names into pairs",
            "",
            "Common options: --device auto|cpu|gpu   --threads N (CPU threads for the engine)",
            "  ./studio --help                  this text");

    private final PrintStream out;
    private String recipe = "./studio";

    StudioCli(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        int code = new StudioCli(System.out).run(Arrays.asList(args));
        System.exit(code);
    }

    /** Runs one command; returns the process exit code. */
    int run(List<String> args) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h") || args.get(0).equals("help")) {
            out.println(USAGE);
            return 0;
        }
        String command = args.get(0);
        recipe = "./studio " + String.join(" ", args);
        try {
            CliArguments options = CliArguments.parse(args.subList(1, args.size()), List.of("quick", "invert"));
            String threads = options.optional("threads", null);
            if (threads != null) {
                System.setProperty("ai.djl.pytorch.num_threads", threads);
            }
            switch (command) {
                case "train":
                    return train(options);
                case "resume":
                    return resume(options);
                case "sample":
                    return sample(options);
                case "checkpoints":
                    return checkpoints(options);
                case "doctor":
                    try (StudioEngine engine = engine(options)) {
                        return DoctorCommand.run(engine, DeviceSelector.choose(devicePreference(options)), out);
                    }
                case "bench":
                    return BenchCommand.run(options, out);
                case "export":
                    return ExportCommand.run(options, () -> engine(options), out);
                case "translate":
                    try (StudioEngine engine = engine(options)) {
                        return TranslateCommand.run(options, engine, out);
                    }
                case "eval":
                    try (StudioEngine engine = engine(options)) {
                        return EvalCommand.run(options, engine, out);
                    }
                case "import-idx":
                    return ImportIdxCommand.run(options, out);
                case "build-pairs":
                    return PairsCommand.buildPairs(options, out, () -> engine(options));
                case "import-pairs":
                    return PairsCommand.importPairs(options, out);
                default:
                    throw new CliException("Unknown command '" + command + "'.");
            }
        } catch (CliException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.println(USAGE);
            return 2;
        } catch (StudioException e) {
            System.err.println("Error: " + e.getMessage());
            return 1;
        }
    }

    private StudioEngine engine(CliArguments options) {
        StudioEngine engine = new DefaultStudioEngine(recipe);
        engine.selectDevice(devicePreference(options));
        return engine;
    }

    private static DevicePreference devicePreference(CliArguments options) {
        String device = options.optional("device", "auto").toUpperCase(Locale.ROOT);
        try {
            return DevicePreference.valueOf(device);
        } catch (IllegalArgumentException e) {
            throw new CliException("--device must be auto, cpu or gpu.");
        }
    }

    private int train(CliArguments options) {
        ModelFamily family;
        try {
            family = ModelFamily.valueOf(options.optional("family", "dcgan").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliException("Unknown family; one of " + Arrays.toString(ModelFamily.values()).toLowerCase(Locale.ROOT));
        }
        try (StudioEngine engine = engine(options)) {
            out.println("Device: " + engine.device().describe());
            printTrustedNumerics(engine);
            TrainingRequest request = new TrainingRequest(family, Path.of(options.required("data")),
                    Path.of(options.required("out")), options.settings(), null);
            return await(engine.startTraining(request, new ConsoleProgress(out, 50)));
        }
    }

    private int resume(CliArguments options) {
        try (StudioEngine engine = engine(options)) {
            Path checkpoint = options.optional("checkpoint", null) != null ? Path.of(options.required("checkpoint"))
                    : latest(engine, Path.of(options.required("run")));
            out.println("Resuming " + checkpoint + " on " + engine.device().describe());
            printTrustedNumerics(engine);
            return await(engine.resumeTraining(checkpoint, new ConsoleProgress(out, 50)));
        }
    }

    /** The self-check's line when training may go on; when it may not, starting the run says why. */
    private void printTrustedNumerics(StudioEngine engine) {
        NumericsReport numerics = engine.numerics();
        if (numerics.trustworthy()) {
            out.println(numerics.summary());
        }
    }

    private static Path latest(StudioEngine engine, Path run) {
        List<CheckpointInfo> all = engine.listCheckpoints(run);
        if (all.isEmpty()) {
            throw new StudioException("No checkpoint found under " + run + ".");
        }
        return all.stream().max((a, b) -> Long.compare(a.step(), b.step())).orElseThrow().directory();
    }

    /**
     * Waits for the run; returns the exit code: 0 when it completed or was cancelled, 1 when it failed, 3 when it
     * diverged (a loss or a weight stopped being a finite number).
     */
    int await(TrainingHandle handle) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!handle.state().isTerminal()) {
                handle.cancel(); // Ctrl+C: checkpoint first, then stop
                handle.completion().join();
            }
        }));
        TrainingSnapshot end = handle.completion().join();
        if (end.state() == TrainingState.FAILED) {
            System.err.println("Error: " + end.message());
            return 1;
        }
        if (end.state() == TrainingState.DIVERGED) {
            System.err.println("Stopped: " + end.message());
            return 3;
        }
        out.println("Run directory: " + handle.runDirectory());
        return 0;
    }

    private int sample(CliArguments options) {
        Path target = Path.of(options.required("out"));
        try (StudioEngine engine = engine(options);
                ImageGenerator generator = engine.openGenerator(Path.of(options.required("model")))) {
            BufferedImage grid = generator.sampleGrid(options.integer("n", 64), options.integer("seed", 1));
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(grid, "png", target.toFile())) {
                throw new StudioException("Could not write a PNG to " + target + ".");
            }
            out.println("Wrote " + target + " (" + grid.getWidth() + "x" + grid.getHeight() + ")");
            return 0;
        } catch (IOException e) {
            throw new StudioException("Could not write " + target + ": " + e.getMessage(), e);
        }
    }

    private int checkpoints(CliArguments options) {
        try (StudioEngine engine = engine(options)) {
            List<CheckpointInfo> all = engine.listCheckpoints(Path.of(options.required("dir")));
            if (all.isEmpty()) {
                out.println("No checkpoints.");
            }
            for (CheckpointInfo c : all) {
                out.printf("%s  %s  step %d/%d  %s%n", c.written(), c.family().displayName(), c.step(), c.totalSteps(),
                        c.directory());
            }
            return 0;
        }
    }
}
