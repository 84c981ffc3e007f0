package org.ganstudio.engine.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.ganstudio.engine.api.DevicePreference;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.core.DefaultStudioEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Entry point of {@code ./studio COMMAND ...}: the same engine as the app, without a window. Each command is a
 * picocli command class; exit codes: 0 done, 1 failed ({@link CliErrors}), 2 a mistake on the command line,
 * 3 training diverged.
 */
@Command(name = "./studio", sortOptions = false, usageHelpAutoWidth = true,
        description = "GAN Studio command line: the engine of the desktop app, without a window.",
        subcommands = {HelpCommand.class, TrainCommand.class, ResumeCommand.class, SampleCommand.class,
            CheckpointsCommand.class, ExportCommand.class, TranslateCommand.class, EvalCommand.class,
            DoctorCommand.class, BenchCommand.class, ImportIdxCommand.class, BuildPairsCommand.class,
            ImportPairsCommand.class, DrawingTestCommand.class, DirectionsCommand.class},
        footer = {"", "Every command takes --device auto|cpu|gpu and --threads N; ./studio COMMAND --help lists its options.",
            "./studio with no command (the launcher script) opens the desktop app. For example:",
            "  ./studio train --data DIR --out RUN_DIR --set steps=2000 --set imageSize=32",
            "  ./studio sample --model RUN_DIR/checkpoints/step-00002000 --out grid.png",
            "Exit codes: 0 done, 1 failed, 2 a mistake on the command line, 3 training diverged.",
            "STUDIO_DEBUG=1 prints the stack trace of an unexpected error."})
public final class StudioCli implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show the commands and exit.")
    private boolean help;

    @Spec
    private CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;
    private String recipe = "./studio";

    StudioCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new StudioCli(System.out, System.err).run(Arrays.asList(args)));
    }

    /** Runs one command; returns the process exit code. */
    int run(List<String> args) {
        recipe = "./studio " + String.join(" ", args);
        return execute(commandLine(), args);
    }

    /** The commands, wired to this CLI's output streams and error handling. */
    CommandLine commandLine() {
        CliErrors errors = new CliErrors();
        return new CommandLine(this)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setExpandAtFiles(false)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(Path.class, StudioCli::path)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /** A path, or a usage error that says why the text cannot be one (without the exception's name). */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + text.replace("\0", "\\0") + "' cannot be a path here: " + e.getReason() + ".");
        }
    }

    /** Runs {@code args} on {@code commands}; no error, expected or not, leaves without a message and a code. */
    int execute(CommandLine commands, List<String> args) {
        try {
            return commands.execute(args.toArray(String[]::new));
        } catch (Error e) {
            CliErrors.report(e, commands.getErr());
            return CliErrors.FAILED;
        } finally {
            commands.getOut().flush();
            commands.getErr().flush();
        }
    }

    /** No command: the list of commands. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** An engine on the chosen device that records this command line as the recipe of what it trains. */
    StudioEngine engine(DevicePreference preference) {
        StudioEngine engine = new DefaultStudioEngine(recipe);
        engine.selectDevice(preference);
        return engine;
    }
}
