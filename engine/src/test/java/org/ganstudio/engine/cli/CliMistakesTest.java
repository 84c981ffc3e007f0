package org.ganstudio.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.ImageFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Mistakes on the command line: each is named in one clear message, with the right exit code and no stack trace. */
class CliMistakesTest {

    @TempDir
    Path temp;

    /** Settings that make a DCGAN run take a second, so that a wrongly accepted command ends quickly. */
    private static final List<String> TINY = List.of("--set", "steps=2", "--set", "imageSize=28", "--set", "colour=grey",
            "--set", "latentSize=8", "--set", "generatorFeatures=8", "--set", "discriminatorFeatures=8", "--set",
            "batchSize=2", "--set", "checkpointEvery=2");

    private Path images() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data"));
        for (int i = 0; i < 2; i++) {
            BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_INT_RGB);
            image.setRGB(5 + i, 5, 0xFFFFFF);
            ImageIO.write(image, "png", folder.resolve("img" + i + ".png").toFile());
        }
        return folder;
    }

    private static CliHarness.Result run(List<String> first, List<String> more) {
        List<String> args = new ArrayList<>(first);
        args.addAll(more);
        return CliHarness.run(args.toArray(String[]::new));
    }

    private static void assertNoStackTrace(CliHarness.Result result) {
        assertThat(result.printed()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void commandHelpListsThatCommandsOptionsAndNoOthers() {
        for (String[] args : List.of(new String[] {"sample", "--help"}, new String[] {"help", "sample"})) {
            CliHarness.Result help = CliHarness.run(args);
            assertThat(help.code()).as(help.printed()).isZero();
            assertThat(help.out()).contains("--model", "--n", "--seed", "--out", "--device", "--threads")
                    .doesNotContain("--photos").doesNotContain("--set");
        }
        CliHarness.Result train = CliHarness.run("train", "-h");
        assertThat(train.out()).contains("--data", "--out", "--family", "--set", "--device", "--threads")
                .doesNotContain("--seed");
    }

    @Test
    void everyOptionOfEveryCommandHasADescriptionInItsHelp() {
        CommandLine commands = new StudioCli(System.out, System.err).commandLine();
        assertThat(commands.getSubcommands().keySet()).contains("train", "resume", "sample", "checkpoints", "export",
                "translate", "eval", "doctor", "bench", "import-idx", "build-pairs", "import-pairs", "directions");
        commands.getSubcommands().forEach((name, command) -> {
            String help = command.getUsageMessage();
            for (OptionSpec option : command.getCommandSpec().options()) {
                assertThat(String.join(" ", option.description())).as(name + " " + option.longestName()).isNotBlank();
                assertThat(help).as(name).contains(option.longestName());
            }
            if (!name.equals("help")) {
                assertThat(help).as(name).contains("--device", "--threads");
            }
        });
    }

    @Test
    void noCommandPrintsTheCommands() {
        CliHarness.Result result = CliHarness.run();
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("train", "import-pairs", "--help");
    }

    @Test
    void anUnexpectedErrorIsOneLineWithoutAStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StudioCli cli = new StudioCli(System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        CommandLine commands = cli.commandLine();
        commands.addSubcommand("boom", new CommandLine(new Failing(new IllegalStateException("the disk is on fire"))));
        commands.addSubcommand("npe", new CommandLine(new Failing(new NullPointerException())));

        assertThat(cli.execute(commands, List.of("boom"))).isEqualTo(1);
        assertThat(cli.execute(commands, List.of("npe"))).isEqualTo(1);

        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Error: the disk is on fire").contains("Error: java.lang.NullPointerException")
                .doesNotContain("\tat ");
    }

    /** A command that fails with {@code failure}. */
    @CommandLine.Command(name = "failing")
    private record Failing(RuntimeException failure) implements Callable<Integer> {
        @Override
        public Integer call() {
            throw failure;
        }
    }

    @Test
    void anUnknownOptionIsAUsageErrorThatNamesIt() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        CliHarness.Result result = CliHarness.run("checkpoints", "--dir", empty.toString(), "--bogusopt", "1");
        assertThat(result.code()).as(result.printed()).isEqualTo(2);
        assertThat(result.err()).contains("--bogusopt").contains("--help").doesNotContain("build-pairs");
        assertNoStackTrace(result);

        CliHarness.Result typo = CliHarness.run("checkpoints", "--dir", empty.toString(), "--thread", "2");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("--thread").contains("--threads");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestionAndNoUsageDump() {
        CliHarness.Result result = CliHarness.run("trian", "--data", "x");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("trian").contains("train").contains("--help").doesNotContain("import-idx");
        assertNoStackTrace(result);
    }

    @Test
    void threadsMustBeAWholeNumberInASaneRange() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        for (String threads : List.of("abc", "0", "-3", "5000")) {
            CliHarness.Result result = CliHarness.run("checkpoints", "--dir", empty.toString(), "--threads", threads);
            assertThat(result.code()).as(threads + ": " + result.printed()).isEqualTo(2);
            assertThat(result.err()).contains("--threads").contains("1024").contains("'" + threads + "'");
            assertNoStackTrace(result);
        }
    }

    @Test
    void aPathThatCannotExistIsAUsageError() {
        CliHarness.Result result = CliHarness.run("checkpoints", "--dir", "a\0b");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--dir");
        assertNoStackTrace(result);
    }

    @Test
    void classesThatAreNotNumbersAreAUsageError() throws Exception {
        CliHarness.Result result = CliHarness.run("import-idx", "--images", "i", "--labels", "l", "--out",
                temp.resolve("o").toString(), "--classes", "5,x");
        assertThat(result.code()).as(result.printed()).isEqualTo(2);
        assertThat(result.err()).contains("--classes").contains("'x'");
        assertNoStackTrace(result);
    }

    @Test
    void trainOutNamingAFileIsRefused() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
        CliHarness.Result result = run(List.of("train", "--data", images().toString(), "--out", file.toString()), TINY);
        assertThat(result.code()).as(result.printed()).isNotZero();
        assertThat(result.err()).contains(file + " is a file; --out names the run FOLDER");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void trainOutNamingAnExistingRunIsRefusedAndLeavesItAlone() throws Exception {
        Path run = Files.createDirectories(temp.resolve("run"));
        Path config = Files.writeString(run.resolve("config.json"), "{\"family\":\"DCGAN\"}");
        Path checkpoint = Files.createDirectories(run.resolve("checkpoints/step-00000002"));
        Path weights = Files.write(checkpoint.resolve("generator.params"), new byte[] {1, 2, 3});
        FileTime configTime = Files.getLastModifiedTime(config);
        FileTime weightsTime = Files.getLastModifiedTime(weights);

        CliHarness.Result result = run(List.of("train", "--data", images().toString(), "--out", run.toString()), TINY);

        assertThat(result.code()).as(result.printed()).isNotZero();
        assertThat(result.err()).contains("./studio resume --run " + run).contains("already holds a run");
        assertThat(Files.readString(config)).isEqualTo("{\"family\":\"DCGAN\"}");
        assertThat(Files.readAllBytes(weights)).containsExactly(1, 2, 3);
        assertThat(Files.getLastModifiedTime(config)).isEqualTo(configTime);
        assertThat(Files.getLastModifiedTime(weights)).isEqualTo(weightsTime);
        try (var entries = Files.list(run)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("config.json", "checkpoints");
        }
        try (var entries = Files.list(run.resolve("checkpoints"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("step-00000002");
        }
    }

    @Test
    void anUnknownSettingIsRefusedWithTheValidKeysOfTheFamily() throws Exception {
        Path run = temp.resolve("run");
        CliHarness.Result result = run(List.of("train", "--data", images().toString(), "--out", run.toString(),
                "--set", "stepz=10"), TINY);
        assertThat(result.code()).as(result.printed()).isEqualTo(2);
        assertThat(result.err()).contains("'stepz'").contains("DCGAN").contains("steps", "imageSize", "keepCheckpoints")
                .doesNotContain("dropout");
        assertThat(run).doesNotExist();
    }

    @Test
    void aSettingOfAnotherFamilyIsRefused() throws Exception {
        Path run = temp.resolve("run");
        CliHarness.Result result = run(List.of("train", "--family", "dcgan", "--data", images().toString(), "--out",
                run.toString(), "--set", "dropout=0.5"), TINY);
        assertThat(result.code()).as(result.printed()).isEqualTo(2);
        assertThat(result.err()).contains("'dropout'").contains("DCGAN");
        assertThat(run).doesNotExist();
    }

    @Test
    void aSettingWithoutAnEqualsSignIsAUsageError() throws Exception {
        CliHarness.Result result = CliHarness.run("train", "--data", images().toString(), "--out",
                temp.resolve("run").toString(), "--set", "steps");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--set").contains("steps");
        assertNoStackTrace(result);
    }

    @Test
    void translateSaysWhichImageFormatsItLooksFor() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("texts"));
        Files.writeString(folder.resolve("readme.txt"), "no image");
        CliHarness.Result result = CliHarness.run("translate", "--model", temp.resolve("no-model").toString(), "--in",
                folder.toString(), "--out", temp.resolve("o").toString());
        assertThat(result.code()).isEqualTo(1);
        for (String extension : ImageFiles.EXTENSIONS) {
            assertThat(result.err()).contains(extension.toUpperCase(Locale.ROOT));
        }
    }
}
