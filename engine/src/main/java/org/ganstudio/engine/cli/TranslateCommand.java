package org.ganstudio.engine.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.ImageFiles;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageDecoder;

/**
 * {@code ./studio translate}: runs a Pix2Pix model over one image or a folder of images. A file that cannot
 * be read is reported and skipped; the others are written as PNGs named after their inputs.
 */
final class TranslateCommand {

    private TranslateCommand() {}

    static int run(CliArguments options, StudioEngine engine, PrintStream out) {
        Path input = Path.of(options.required("in"));
        Path folder = Path.of(options.required("out"));
        List<Path> files = inputs(input);
        ImageDecoder decoder = new ImageDecoder();
        List<String> failed = new ArrayList<>();
        int written = 0;
        try (ImageTranslator translator = engine.openTranslator(Path.of(options.required("model")))) {
            Files.createDirectories(folder);
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                try {
                    BufferedImage result = translator.translate(decoder.decode(file));
                    writePng(result, folder.resolve(baseName(file) + ".png"));
                    written++;
                } catch (StudioException | IOException e) {
                    failed.add(file.getFileName() + ": " + e.getMessage());
                }
                if ((i + 1) % 50 == 0 || i + 1 == files.size()) {
                    out.printf("%d/%d translated%n", i + 1, files.size());
                }
            }
        } catch (IOException e) {
            throw new StudioException("Could not write into " + folder + ": " + e.getMessage(), e);
        }
        failed.forEach(line -> out.println("Skipped " + line));
        out.println("Wrote " + written + " image" + (written == 1 ? "" : "s") + " to " + folder
                + (failed.isEmpty() ? "" : "; " + failed.size() + " skipped"));
        return written == 0 && !failed.isEmpty() ? 1 : 0;
    }

    /** The file itself, or the image files of a folder (not its sub-folders) in name order. */
    static List<Path> inputs(Path input) {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw new StudioException("There is no file or folder at " + input + ".");
        }
        try (Stream<Path> entries = Files.list(input)) {
            List<Path> images = entries.filter(Files::isRegularFile).filter(f -> ImageFiles.isImageName(f.getFileName().toString())).sorted()
                    .toList();
            if (images.isEmpty()) {
                throw new StudioException("The folder " + input + " holds no PNG, JPEG, BMP or GIF files.");
            }
            return images;
        } catch (IOException e) {
            throw new StudioException("Could not list " + input + ": " + e.getMessage(), e);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Writes next to the target and moves into place, so a stopped run leaves no half-written PNG. */
    static void writePng(BufferedImage image, Path target) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        if (!ImageIO.write(image, "png", temp.toFile())) {
            throw new IOException("no PNG writer");
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
