package org.ganstudio.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.ganstudio.engine.checkpoint.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pix2Pix from the command line: train a tiny model on side-by-side pairs, export it, translate, eval. */
class Pix2PixCommandsTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final StudioCli cli = new StudioCli(new PrintStream(printed, true, StandardCharsets.UTF_8),
            new PrintStream(errors, true, StandardCharsets.UTF_8));
    private Path model;
    private Path pairs;

    /** Pairs of a grey disc outline (input) and the filled disc (target), 32 px halves. */
    private static BufferedImage pair(int radius) {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 32);
        g.setColor(Color.BLACK);
        g.drawOval(16 - radius, 16 - radius, 2 * radius, 2 * radius);
        g.fillOval(48 - radius, 16 - radius, 2 * radius, 2 * radius);
        g.dispose();
        return image;
    }

    @BeforeEach
    void trainAndExportATinyModel() throws Exception {
        pairs = temp.resolve("pairs");
        Files.createDirectories(pairs.resolve("train"));
        Files.createDirectories(pairs.resolve("val"));
        for (int r = 4; r < 10; r++) {
            ImageIO.write(pair(r), "png", pairs.resolve("train/disc" + r + ".png").toFile());
        }
        ImageIO.write(pair(7), "png", pairs.resolve("val/a.png").toFile());
        ImageIO.write(pair(12), "png", pairs.resolve("val/b.png").toFile());
        Files.writeString(pairs.resolve("val/broken.png"), "not a png");
        Path run = temp.resolve("run");
        int trained = cli.run(List.of("train", "--family", "pix2pix", "--data", pairs.toString(), "--out",
                run.toString(), "--set", "imageSize=64", "--set", "inputChannels=grey", "--set", "outputChannels=grey",
                "--set", "generatorFeatures=4", "--set", "discriminatorFeatures=4", "--set", "steps=3", "--set",
                "batchSize=2"));
        assertThat(trained).as(printed.toString()).isZero();
        model = temp.resolve("discs");
        assertThat(cli.run(List.of("export", "--model", run.resolve("checkpoints/step-00000003").toString(), "--out",
                model.toString()))).as(printed.toString()).isZero();
        printed.reset();
    }

    @Test
    void translateNormalisesEachDrawingAndSkipsUnreadableAndEmptyOnes() throws Exception {
        Path in = Files.createDirectories(temp.resolve("sketches"));
        ImageIO.write(pair(5), "png", in.resolve("wide.png").toFile());
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY), "png", in.resolve("small.png").toFile());
        Files.writeString(in.resolve("torn.png"), "not a png");
        Files.writeString(in.resolve("readme.txt"), "not an image, not even listed");
        Path out = temp.resolve("outputs");

        int code = cli.run(List.of("translate", "--model", model.toString(), "--in", in.toString(), "--out",
                out.toString()));

        assertThat(code).as(printed.toString()).isZero();
        assertThat(printed.toString()).contains("3/3 translated").contains("Skipped torn.png:")
                .contains("Skipped small.png: The drawing is empty").contains("Wrote 1 image").contains("2 skipped");
        BufferedImage output = ImageIO.read(out.resolve("wide.png").toFile());
        assertThat(output.getWidth()).isEqualTo(64);
        assertThat(output.getHeight()).isEqualTo(64);
        assertThat(out.resolve("torn.png")).doesNotExist();
        assertThat(out.resolve("small.png")).doesNotExist();
    }

    @Test
    void translateRawFitsInputsAsTheyAreAndShowInputWritesWhatTheModelSaw() throws Exception {
        Path in = Files.createDirectories(temp.resolve("plain"));
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY), "png", in.resolve("small.png").toFile());
        Path out = temp.resolve("seen");

        int code = cli.run(List.of("translate", "--model", model.toString(), "--in", in.toString(), "--out",
                out.toString(), "--raw", "--show-input"));

        assertThat(code).as(printed.toString()).isZero();
        BufferedImage output = ImageIO.read(out.resolve("small.png").toFile());
        assertThat(output.getWidth()).isEqualTo(128);
        assertThat(output.getHeight()).isEqualTo(64);
        assertThat(output.getRaster().getSample(10, 10, 0)).as("the black input, fitted").isZero();
    }

    @Test
    void translateFailsWhenNothingCouldBeRead() throws Exception {
        Path torn = temp.resolve("torn.png");
        Files.writeString(torn, "not a png");
        assertThat(cli.run(List.of("translate", "--model", model.toString(), "--in", torn.toString(), "--out",
                temp.resolve("o").toString()))).isEqualTo(1);
        assertThat(cli.run(List.of("translate", "--model", model.toString(), "--in", temp.resolve("none").toString(),
                "--out", temp.resolve("o").toString()))).isEqualTo(1);
    }

    @Test
    void drawingTestScoresEveryReadableDrawingPerSourceAndWritesTheSheetAndTheJson() throws Exception {
        Path drawings = temp.resolve("drawings");
        Files.createDirectories(drawings.resolve("circles"));
        Files.createDirectories(drawings.resolve("squares/thin"));
        ImageIO.write(pair(9).getSubimage(0, 0, 32, 32), "png", drawings.resolve("circles/nine.png").toFile());
        ImageIO.write(pair(6).getSubimage(0, 0, 32, 32), "png", drawings.resolve("circles/six.png").toFile());
        BufferedImage square = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = square.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 40);
        g.setColor(Color.BLACK);
        g.drawRect(8, 8, 24, 24);
        g.dispose();
        ImageIO.write(square, "png", drawings.resolve("squares/thin/square.png").toFile());
        Files.writeString(drawings.resolve("squares/torn.png"), "not a png");
        Path sheet = temp.resolve("sheet.png");
        Path json = temp.resolve("drawings.json");

        int code = cli.run(List.of("drawing-test", "--model", model.toString(), "--drawings", drawings.toString(),
                "--sheet", sheet.toString(), "--json", json.toString()));

        String text = printed.toString();
        assertThat(code).as(text + errors).isZero();
        assertThat(text).contains("Skipped squares/torn.png:").contains("circles").contains("squares");
        BufferedImage written = ImageIO.read(sheet.toFile());
        assertThat(written.getWidth()).isGreaterThan(3 * 96);
        JsonNode doc = Json.mapper().readTree(json.toFile());
        assertThat(doc.get("drawings")).hasSize(3);
        assertThat(doc.get("drawings").get(2).get("file").asText()).isEqualTo("squares/thin/square.png");
        assertThat(doc.get("drawings").get(2).get("source").asText()).isEqualTo("squares");
        assertThat(doc.get("sources").get("circles").get("drawings").asInt()).isEqualTo(2);
        assertThat(doc.get("overall").get("drawings").asInt()).isEqualTo(3);
        for (JsonNode drawing : doc.get("drawings")) {
            assertThat(drawing.get("closed").asBoolean()).as(drawing.toString()).isTrue();
            assertThat(drawing.get("insideShare").asDouble()).as("the outline is framed to fill the picture").isBetween(0.05, 0.95);
            assertThat(drawing.get("shoeFill").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(doc.get("overall").get("medianShoeFill").asDouble()).isBetween(0.0, 1.0);

        assertThat(cli.run(List.of("drawing-test", "--model", model.toString(), "--drawings",
                temp.resolve("nothing").toString(), "--raw"))).isEqualTo(1);
        assertThat(errors.toString()).contains("There is no folder at");
    }

    @Test
    void evalScoresTheHeldOutPairsAndWritesEveryPairsScores() throws Exception {
        Path json = temp.resolve("scores.json");

        int code = cli.run(List.of("eval", "--model", model.toString(), "--data", pairs.toString(), "--json",
                json.toString()));

        String text = printed.toString();
        assertThat(code).as(text).isZero();
        assertThat(text).contains("2/2 scored").contains("Skipped val/broken.png:").contains("discs on 2 held-out pairs");
        Matcher m = Pattern.compile("L1 ([0-9.]+)  PSNR ([0-9.]+) dB  SSIM (-?[0-9.]+)").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        JsonNode written = Json.mapper().readTree(json.toFile());
        assertThat(written.get("pairs").asInt()).isEqualTo(2);
        assertThat(written.get("skipped").asInt()).isEqualTo(1);
        assertThat(written.get("perPair")).hasSize(2);
        assertThat(written.get("perPair").get(0).get("name").asText()).isEqualTo("val/a.png");
        double meanL1 = (written.get("perPair").get(0).get("l1").asDouble()
                + written.get("perPair").get(1).get("l1").asDouble()) / 2;
        assertThat(written.get("mean").get("l1").asDouble()).isEqualTo(meanL1);
        assertThat(Double.parseDouble(m.group(1))).isCloseTo(meanL1, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(meanL1).isBetween(0.0, 1.0);
    }

    @Test
    void exportTakesHeldOutExamplesAndTheEvalScoresOntoTheCard() throws Exception {
        Path checkpoint = temp.resolve("run/checkpoints/step-00000003");
        Path json = temp.resolve("scores.json");
        assertThat(cli.run(List.of("eval", "--model", checkpoint.toString(), "--data", pairs.toString(), "--json",
                json.toString()))).as(printed.toString()).isZero();
        Path shipped = temp.resolve("shipped");

        int code = cli.run(List.of("export", "--model", checkpoint.toString(), "--out", shipped.toString(),
                "--examples", pairs.toString(), "--example-count", "5", "--scores", json.toString(), "--edges", "canny"));

        assertThat(code).as(printed.toString()).isZero();
        assertThat(printed.toString()).contains("with 2 example inputs"); // only two usable val pairs
        JsonNode scores = Json.mapper().readTree(json.toFile()).get("mean");
        JsonNode metrics = Json.mapper().readTree(shipped.resolve("card.json").toFile()).get("metrics");
        assertThat(metrics.get("val L1").asDouble()).isEqualTo(scores.get("l1").asDouble());
        assertThat(metrics.get("val SSIM").asDouble()).isEqualTo(scores.get("ssim").asDouble());
        assertThat(metrics.get("val pairs").asInt()).isEqualTo(2);
        assertThat(metrics.has("G L1")).as("the losses stay on the card").isTrue();
        BufferedImage first = ImageIO.read(shipped.resolve("examples/example-1.png").toFile());
        assertThat(first.getWidth()).isEqualTo(64);
        assertThat(first.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(Files.readString(shipped.resolve("manifest.json"))).contains("examples/example-2.png");

        try (var translator = org.ganstudio.engine.pix2pix.Pix2PixImageTranslator.open(shipped, ai.djl.Device.cpu())) {
            assertThat(translator.trainingEdges()).contains(org.ganstudio.engine.api.EdgeSettings.canny());
            assertThat(translator.exampleInputs()).hasSize(2);
        }
        try (var original = org.ganstudio.engine.pix2pix.Pix2PixImageTranslator.open(checkpoint, ai.djl.Device.cpu())) {
            assertThat(original.trainingEdges()).as("a checkpoint does not know how its data was made").isEmpty();
        }

        printed.reset();
        Path again = temp.resolve("again");
        assertThat(cli.run(List.of("translate", "--model", shipped.toString(), "--in",
                shipped.resolve("examples").toString(), "--out", again.toString()))).as(printed.toString()).isZero();
        assertThat(printed.toString()).contains("Wrote 2 images");
    }

    @Test
    void exportTakesTheEdgeSettingsBuildPairsRecordedInTheExamplesDataset() throws Exception {
        Json.write(pairs.resolve("edges.json"), org.ganstudio.engine.api.EdgeSettings.xdog().withSigma(2.0));
        Path shipped = temp.resolve("shipped");

        assertThat(cli.run(List.of("export", "--model", temp.resolve("run/checkpoints/step-00000003").toString(),
                "--out", shipped.toString(), "--examples", pairs.toString()))).as(printed.toString()).isZero();

        try (var translator = org.ganstudio.engine.pix2pix.Pix2PixImageTranslator.open(shipped, ai.djl.Device.cpu())) {
            assertThat(translator.trainingEdges()).contains(org.ganstudio.engine.api.EdgeSettings.xdog().withSigma(2.0));
        }
        Files.writeString(pairs.resolve("edges.json"), "{ torn");
        assertThat(cli.run(List.of("export", "--model", temp.resolve("run/checkpoints/step-00000003").toString(),
                "--out", temp.resolve("x").toString(), "--examples", pairs.toString()))).isEqualTo(1);
    }

    @Test
    void exportMeasuresTheInputStyleOfTheExamplesOntoTheCardWhenAsked() throws Exception {
        Path checkpoint = temp.resolve("run/checkpoints/step-00000003");
        Path shipped = temp.resolve("styled");
        assertThat(cli.run(List.of("export", "--model", checkpoint.toString(), "--out", shipped.toString(),
                "--examples", pairs.toString(), "--input-style", "examples"))).as(printed.toString()).isZero();
        try (var translator = org.ganstudio.engine.pix2pix.Pix2PixImageTranslator.open(shipped, ai.djl.Device.cpu())) {
            assertThat(translator.inputStyle()).isEqualTo(
                    org.ganstudio.engine.drawing.InputStyleMeasure.of(translator.exampleInputs()));
        }
        assertThat(cli.run(List.of("export", "--model", checkpoint.toString(), "--out", temp.resolve("y").toString(),
                "--examples", pairs.toString(), "--input-style", "guess"))).isEqualTo(2);
        assertThat(cli.run(List.of("export", "--model", checkpoint.toString(), "--out", temp.resolve("z").toString(),
                "--input-style", "examples"))).isEqualTo(2);
        assertThat(temp.resolve("y")).doesNotExist();
        assertThat(temp.resolve("z")).doesNotExist();
    }

    @Test
    void aModelOfTheFirstConfigSchemaExportsAsTheCurrentOne() throws Exception {
        Path reexported = temp.resolve("reexported");
        assertThat(cli.run(List.of("export", "--model", Path.of("..", "models", "pix2pix-edges2shoes-64").toString(),
                "--out", reexported.toString()))).as(printed.toString()).isZero();
        JsonNode config = Json.mapper().readTree(reexported.resolve("config.json").toFile());
        assertThat(config.get("schema").asInt()).isEqualTo(org.ganstudio.engine.train.RunConfig.SCHEMA);
        assertThat(config.get("model").get("augmentation").asText()).isEqualTo("NONE");
        try (var translator = org.ganstudio.engine.pix2pix.Pix2PixImageTranslator.open(reexported, ai.djl.Device.cpu())) {
            assertThat(translator.imageSize()).isEqualTo(64);
        }
    }

    @Test
    void exportRefusesAFileThatIsNotAnEvalScoresFile() throws Exception {
        Path notScores = Files.writeString(temp.resolve("other.json"), "{\"l1\": 1}");
        assertThat(cli.run(List.of("export", "--model", temp.resolve("run/checkpoints/step-00000003").toString(),
                "--out", temp.resolve("x").toString(), "--scores", notScores.toString()))).isEqualTo(1);
        assertThat(temp.resolve("x")).doesNotExist();
    }

    @Test
    void evalWithoutHeldOutPairsSaysSo() throws Exception {
        Path noVal = Files.createDirectories(temp.resolve("only-train/train"));
        ImageIO.write(pair(5), "png", noVal.resolve("a.png").toFile());
        assertThat(cli.run(List.of("eval", "--model", model.toString(), "--data", noVal.getParent().toString())))
                .isEqualTo(1);
    }
}
