package org.ganstudio.engine.pairs;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.ganstudio.engine.api.SkippedFile;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageDecoder;
import org.ganstudio.engine.image.ImageRejectedException;

/**
 * Joins two folders into side-by-side pairs: folder A holds the inputs, folder B the targets, partners have
 * the same file name up to the extension ("12.png" in A goes with "12.jpg" in B). Partners must have the same
 * width and height; each is fitted to the chosen side (centre square) and the pair is written as
 * {@code out/train/12.png} or {@code out/val/12.png}. Files without a partner, unreadable files and size
 * mismatches are skipped with a reason. Pairs an earlier run wrote are kept.
 */
public final class PairImporter {
    private final PairOptions options;
    private final ImageDecoder decoder;

    public PairImporter(PairOptions options) {
        this(options, new ImageDecoder());
    }

    public PairImporter(PairOptions options, ImageDecoder decoder) {
        this.options = options;
        this.decoder = decoder;
    }

    /**
     * @param inputs folder A (left halves)
     * @param targets folder B (right halves)
     * @param out gets train/ and val/ sub-folders
     * @param cancelled polled between files; when it turns true the import stops, keeping what is written
     * @throws StudioException if a folder is missing or the output folder cannot be made
     */
    public PairSummary importPairs(Path inputs, Path targets, Path out, PairProgress progress,
            BooleanSupplier cancelled) {
        PairFiles a = PairFiles.of(inputs, inputs);
        PairFiles b = PairFiles.of(targets, targets);
        List<SkippedFile> skipped = new ArrayList<>();
        a.notImages().forEach(s -> skipped.add(new SkippedFile("A/" + s.name(), s.reason())));
        b.notImages().forEach(s -> skipped.add(new SkippedFile("B/" + s.name(), s.reason())));
        Map<String, Path> aByStem = byStem(a, "A", skipped);
        Map<String, Path> bByStem = byStem(b, "B", skipped);
        List<PairJob.Item> items = new ArrayList<>();
        aByStem.forEach((stem, fileA) -> {
            Path fileB = bByStem.get(stem);
            String nameA = "A/" + fileA.getFileName();
            if (fileB == null) {
                skipped.add(new SkippedFile(nameA, "no partner: B has no file named " + stem + ".*"));
            } else {
                items.add(new PairJob.Item(nameA, stem, () -> pair(fileA, fileB)));
            }
        });
        bByStem.forEach((stem, fileB) -> {
            if (!aByStem.containsKey(stem)) {
                skipped.add(new SkippedFile("B/" + fileB.getFileName(), "no partner: A has no file named " + stem + ".*"));
            }
        });
        return PairJob.run(out, options, items, skipped, progress, cancelled);
    }

    private BufferedImage pair(Path fileA, Path fileB) {
        BufferedImage input = decoder.decode(fileA);
        BufferedImage target;
        try {
            target = decoder.decode(fileB);
        } catch (ImageRejectedException e) {
            throw new ImageRejectedException("B/" + fileB.getFileName(),
                    "its partner B/" + fileB.getFileName() + " cannot be used: " + e.reason(), e);
        }
        if (input.getWidth() != target.getWidth() || input.getHeight() != target.getHeight()) {
            throw new ImageRejectedException("A/" + fileA.getFileName(), "sizes differ: A is " + input.getWidth()
                    + " x " + input.getHeight() + ", B is " + target.getWidth() + " x " + target.getHeight());
        }
        return SideBySide.join(SquareFitter.fit(input, options.side()), SquareFitter.fit(target, options.side()));
    }

    /** The folder's images by name without extension; a second file with the same stem is skipped. */
    private static Map<String, Path> byStem(PairFiles files, String label, List<SkippedFile> skipped) {
        Map<String, Path> byStem = new LinkedHashMap<>();
        for (Path file : files.images()) {
            String stem = PairFiles.stem(file);
            Path first = byStem.putIfAbsent(stem, file);
            if (first != null) {
                skipped.add(new SkippedFile(label + "/" + file.getFileName(),
                        "another file in " + label + " has the same name (" + first.getFileName() + ")"));
            }
        }
        return byStem;
    }
}
