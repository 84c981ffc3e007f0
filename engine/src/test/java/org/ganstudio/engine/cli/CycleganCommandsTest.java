package org.ganstudio.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny CycleGAN trained, exported with its domains named, then scored both ways by {@code eval} on A/ and B/. */
class CycleganCommandsTest {

    @TempDir
    Path temp;

    /** Discs in A/, squares in B/, 32 px grey. */
    private Path shapes(String name, int each) throws Exception {
        Path folder = temp.resolve(name);
        for (String domain : new String[] {"A", "B"}) {
            Files.createDirectories(folder.resolve(domain));
            for (int i = 0; i < each; i++) {
                BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
                var g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 32, 32);
                g.setColor(Color.DARK_GRAY);
                if (domain.equals("A")) {
                    g.fillOval(4 + i % 5, 5, 20, 20);
                } else {
                    g.fillRect(5, 4 + i % 5, 18, 18);
                }
                g.dispose();
                ImageIO.write(image, "png", folder.resolve(domain).resolve(i + ".png").toFile());
            }
        }
        return folder;
    }

    @Test
    void evalScoresBothDirectionsAgainstTheUntranslatedPicturesAndAFloor() throws Exception {
        Path run = temp.resolve("run");
        CliHarness.Result trained = CliHarness.run("train", "--family", "cyclegan", "--data", shapes("train", 6).toString(),
                "--out", run.toString(), "--set", "imageSize=32", "--set", "channelsA=grey", "--set", "channelsB=grey",
                "--set", "generatorFeatures=4", "--set", "discriminatorFeatures=4", "--set", "residualBlocks=1",
                "--set", "steps=2", "--set", "batchSize=1");
        assertThat(trained.code()).as(trained.printed()).isZero();

        Path model = temp.resolve("model");
        CliHarness.Result exported = CliHarness.run("export", "--model", run.resolve("checkpoints/step-00000002").toString(),
                "--out", model.toString(), "--domain-a", "discs", "--domain-b", "squares");
        assertThat(exported.code()).as(exported.printed()).isZero();
        assertThat(Files.readString(model.resolve("card.json"))).contains("\"domainA\" : \"discs\"",
                "\"domainB\" : \"squares\"");

        CliHarness.Result scored = CliHarness.run("eval", "--model", model.toString(), "--data",
                shapes("held-out", 8).toString());
        assertThat(scored.code()).as(scored.printed()).isZero();
        for (String direction : new String[] {"discs to squares", "squares to discs"}) {
            Matcher row = Pattern.compile(direction + "\\s+(\\d+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)")
                    .matcher(scored.out());
            assertThat(row.find()).as(scored.out()).isTrue();
            assertThat(Integer.parseInt(row.group(1))).as("pictures: all of the source, half of the target").isEqualTo(4);
            double untranslated = Double.parseDouble(row.group(3));
            double floor = Double.parseDouble(row.group(4));
            assertThat(untranslated).as("discs are farther from squares than squares from squares").isGreaterThan(floor);
            assertThat(Double.parseDouble(row.group(5))).as("cycle L1 in [0, 1]").isBetween(0.0, 1.0);
        }

        Path back = temp.resolve("back");
        CliHarness.Result translated = CliHarness.run("translate", "--model", model.toString(), "--in",
                temp.resolve("held-out/B").toString(), "--out", back.toString(), "--raw", "--backwards");
        assertThat(translated.code()).as(translated.printed()).isZero();
        assertThat(translated.out()).contains("Wrote 8 images");
        BufferedImage disc = ImageIO.read(back.resolve("0.png").toFile());
        assertThat(disc.getWidth()).as("squares to discs at the model's size").isEqualTo(32);

        // a wide photo (black | white | black): fitted, as the translation fits it, the centre is what the model sees
        Path wide = Files.createDirectories(temp.resolve("wide"));
        BufferedImage photo = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        var g = photo.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(16, 0, 32, 32);
        g.dispose();
        ImageIO.write(photo, "png", wide.resolve("wide.png").toFile());
        Path seen = temp.resolve("seen");
        CliHarness.Result shown = CliHarness.run("translate", "--model", model.toString(), "--in", wide.toString(),
                "--out", seen.toString(), "--show-input");
        assertThat(shown.code()).as(shown.printed()).isZero();
        BufferedImage sideBySide = ImageIO.read(seen.resolve("wide.png").toFile());
        assertThat(sideBySide.getRGB(2, 16) & 0xFF).as("the centre, not the photo squeezed (black at its sides)")
                .isGreaterThan(200);

        Path onlyA = Files.createDirectories(temp.resolve("only-a/A"));
        ImageIO.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB), "png", onlyA.resolve("x.png").toFile());
        CliHarness.Result refused = CliHarness.run("eval", "--model", model.toString(),
                "--data", onlyA.getParent().toString());
        assertThat(refused.code()).isNotZero();
        assertThat(refused.printed()).contains("needs a sub-folder B/");
    }
}
