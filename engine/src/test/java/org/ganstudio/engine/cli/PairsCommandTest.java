package org.ganstudio.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build-pairs} and {@code import-pairs} from the command line, on tiny images. */
class PairsCommandTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final StudioCli cli = new StudioCli(new PrintStream(printed, true, StandardCharsets.UTF_8),
            new PrintStream(errors, true, StandardCharsets.UTF_8));

    private Path folder(String name, int n, int rgb) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (int i = 0; i < n; i++) {
            BufferedImage image = new BufferedImage(20, 12, BufferedImage.TYPE_INT_RGB);
            image.setRGB(3, 3, rgb + i);
            ImageIO.write(image, "png", folder.resolve("img" + i + ".png").toFile());
        }
        return folder;
    }

    @Test
    void buildPairsInGreyWritesPairsAndListsTheSkippedFiles() throws Exception {
        Path photos = folder("photos", 5, 0x336699);
        Files.writeString(photos.resolve("broken.png"), "not a png");
        Path out = temp.resolve("pairs");

        int code = cli.run(List.of("build-pairs", "--photos", photos.toString(), "--out", out.toString(), "--input",
                "grey", "--size", "16", "--val", "0.2"));

        assertThat(code).as(printed.toString()).isZero();
        assertThat(printed.toString()).contains("5/6").contains("6/6").contains("skipped broken.png:")
                .contains("Wrote 5 pairs");
        assertThat(count(out)).isEqualTo(5);
        assertThat(ImageIO.read(out.resolve("train").toFile().listFiles()[0]).getWidth()).isEqualTo(32);
    }

    @Test
    void importPairsJoinsMatchingFiles() throws Exception {
        Path a = folder("a", 3, 0x000000);
        Path b = folder("b", 2, 0xFFFFFF);
        Path out = temp.resolve("pairs");

        int code = cli.run(List.of("import-pairs", "--a", a.toString(), "--b", b.toString(), "--out", out.toString(),
                "--size", "8"));

        assertThat(code).as(printed.toString()).isZero();
        assertThat(printed.toString()).contains("skipped A/img2.png: no partner").contains("Wrote 2 pairs");
        assertThat(count(out)).isEqualTo(2);
    }

    @Test
    void badOptionsAreRefused() throws Exception {
        Path photos = folder("photos", 1, 0);
        assertThat(cli.run(List.of("build-pairs", "--photos", photos.toString(), "--out", "x", "--input", "grey",
                "--val", "1.5"))).isEqualTo(2);
        assertThat(cli.run(List.of("build-pairs", "--photos", photos.toString(), "--out", "x", "--input", "sketch")))
                .isEqualTo(2);
    }

    private static long count(Path out) throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
