package org.ganstudio.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SinGAN from the command line: trained on one picture, exported, sampled at another size, and scored. */
class SinganCommandsTest {

    @TempDir
    Path temp;

    private Path picture(String name, int w, int h) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(100, 160, 230));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(50, 130, 60));
        g.fillRect(0, h * 2 / 3, w, h / 3);
        g.setColor(Color.DARK_GRAY);
        for (int x = 4; x < w; x += 12) {
            g.fillOval(x, h / 3, w / 8, h / 3);
        }
        g.dispose();
        Path file = temp.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void trainExportSampleAndEvaluateASinganOnOnePicture() throws Exception {
        Path picture = picture("hills.png", 72, 48);
        Path run = temp.resolve("run");
        CliHarness.Result trained = CliHarness.run("train", "--family", "singan", "--data", picture.toString(), "--out",
                run.toString(), "--set", "maxSize=40", "--set", "iterationsPerScale=2", "--set", "checkpointEvery=1000");
        assertThat(trained.code()).as(trained.printed()).isZero();
        assertThat(trained.out()).contains("Loaded 1 image (40x27)", "done; checkpoint step-00000002",
                "step 4/4  Scale 2 of 2: 40x27 (2/2)").doesNotContain("epoch", "/5000");
        Path model = temp.resolve("model");
        CliHarness.Result exported = CliHarness.run("export", "--model", run.resolve("checkpoints/step-00000004").toString(),
                "--out", model.toString());
        assertThat(exported.code()).as(exported.printed()).isZero();

        Path grid = temp.resolve("wide.png");
        CliHarness.Result sampled = CliHarness.run("sample", "--model", model.toString(), "--n", "2", "--width", "80",
                "--height", "27", "--start-scale", "1", "--out", grid.toString());
        assertThat(sampled.code()).as(sampled.printed()).isZero();
        BufferedImage written = ImageIO.read(grid.toFile());
        assertThat(written.getHeight()).as("two 80x27 pictures side by side").isGreaterThanOrEqualTo(27);
        assertThat(written.getWidth()).isGreaterThanOrEqualTo(2 * 80);

        Path original = picture("hills@2x.png", 80, 54);
        CliHarness.Result scored = CliHarness.run("eval", "--model", model.toString(), "--samples", "4", "--original",
                original.toString());
        assertThat(scored.code()).as(scored.printed()).isZero();
        assertThat(scored.out()).contains("SWD x 1e3 against the picture itself", "random, start scale 0",
                "reference: the picture mirrored", "x2 super-resolution against hills@2x.png (80x54): PSNR");
    }
}
