package org.ganstudio.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.IdxImages;

/**
 * {@code ./studio import-idx}: writes chosen classes of an MNIST-style IDX data set as PNG files, so that it
 * can be trained on like any folder of images.
 */
final class ImportIdxCommand {

    private ImportIdxCommand() {}

    static int run(CliArguments options, PrintStream out) {
        IdxImages idx = IdxImages.read(Path.of(options.required("images")), Path.of(options.required("labels")));
        Set<Integer> classes = Arrays.stream(options.optional("classes", "0,1,2,3,4,5,6,7,8,9").split(","))
                .map(String::trim).map(Integer::parseInt).collect(Collectors.toSet());
        int perClass = options.integer("per-class", Integer.MAX_VALUE);
        boolean invert = options.flag("invert");
        Path folder = Path.of(options.required("out"));
        Map<Integer, Integer> written = new HashMap<>();
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < idx.count(); i++) {
                int label = idx.label(i);
                if (!classes.contains(label) || written.getOrDefault(label, 0) >= perClass) {
                    continue;
                }
                int n = written.merge(label, 1, Integer::sum);
                ImageIO.write(idx.image(i, invert), "png", folder.resolve(String.format("class%d_%05d.png", label, n)).toFile());
            }
        } catch (IOException e) {
            throw new StudioException("Could not write into " + folder + ": " + e.getMessage(), e);
        }
        out.println("Wrote " + written.values().stream().mapToInt(Integer::intValue).sum() + " images to " + folder
                + " (per class: " + written + ")");
        return 0;
    }
}
