package org.ganstudio.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.ganstudio.engine.checkpoint.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./studio eval} of the shipped DCGAN against a small folder of grey images; nothing is trained. */
class GeneratorEvalTest {
    private static final String SHOES = Path.of("..", "models", "dcgan-fashion-shoes-28").toString();

    @TempDir
    Path temp;

    /** {@code count} 28 px grey images: a dark ellipse of growing width on white. */
    private Path ellipses(int count) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("ellipses"));
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 28, 28);
            g.setColor(Color.DARK_GRAY);
            g.fillOval(2, 8, 6 + i % 20, 12);
            g.dispose();
            ImageIO.write(image, "png", folder.resolve(String.format("e%02d.png", i)).toFile());
        }
        return folder;
    }

    @Test
    void printsTheDistancesBesideTheRealFloorAndWritesThemAsJson() throws Exception {
        Path data = ellipses(40);
        Path json = temp.resolve("figures.json");

        CliHarness.Result result = CliHarness.run("eval", "--model", SHOES, "--data", data.toString(), "--samples",
                "32", "--seed", "3", "--json", json.toString());

        assertThat(result.code()).as(result.printed()).isZero();
        String text = result.out();
        // 40 images hold two halves of 20, so 32 samples are cut to 20
        assertThat(text).contains("20 samples against 20 real images of ellipses");
        Matcher level = Pattern.compile("level  28 px\\s+([0-9.]+)\\s+([0-9.]+)").matcher(text);
        assertThat(level.find()).as(text).isTrue();
        assertThat(Double.parseDouble(level.group(1))).isPositive();
        assertThat(text).containsPattern("average\\s+[0-9.]+\\s+[0-9.]+");
        assertThat(text).containsPattern("samples +[0-9.]+ / [0-9.]+ / [0-9.]+")
                .containsPattern("real floor +[0-9.]+ / [0-9.]+ / [0-9.]+");
        JsonNode written = Json.mapper().readTree(json.toFile());
        assertThat(written.get("samples").asInt()).isEqualTo(20);
        assertThat(written.get("swd").get("levelWidths").get(0).asInt()).isEqualTo(28);
        assertThat(written.get("swd").get("generatedAverage").asDouble())
                .isEqualTo(Double.parseDouble(level.group(1)), org.assertj.core.api.Assertions.within(0.01));
        assertThat(written.get("memorisation").get("floor").get("median").asDouble()).isPositive();
        assertThat(written.get("memorisation").get("samples").get("count").asInt()).isEqualTo(20);
    }

    @Test
    void aFolderWithOneImageIsRefused() throws Exception {
        CliHarness.Result result = CliHarness.run("eval", "--model", SHOES, "--data", ellipses(1).toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("needs at least 2");
    }
}
