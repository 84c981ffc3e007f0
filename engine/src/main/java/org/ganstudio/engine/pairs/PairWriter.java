package org.ganstudio.engine.pairs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.ganstudio.engine.api.StudioException;

/**
 * Writes pairs as {@code out/train/NAME.png} or {@code out/val/NAME.png}. Each file is encoded in memory,
 * written to a hidden temporary file in the same folder, flushed to disk and moved into place in one atomic
 * step, so a cancelled or killed run leaves only complete files. A pair already there (the right size) counts
 * as done, so a re-run only does what is missing. Safe to use from several threads for different names.
 */
final class PairWriter {
    private final Path out;
    private final int side;
    private final double validationFraction;

    /** @throws StudioException if the output folders cannot be made */
    PairWriter(Path out, int side, double validationFraction) {
        this.out = out;
        this.side = side;
        this.validationFraction = validationFraction;
        try {
            Files.createDirectories(out.resolve(PairSplit.TRAIN));
            Files.createDirectories(out.resolve(PairSplit.VALIDATION));
        } catch (IOException e) {
            throw new StudioException("Could not make the folders " + out.resolve(PairSplit.TRAIN) + " and "
                    + out.resolve(PairSplit.VALIDATION) + " (" + e.getMessage() + ").", e);
        }
    }

    /** "train" or "val" for a pair name. */
    String split(String stem) {
        return PairSplit.of(stem, validationFraction);
    }

    Path target(String stem) {
        return out.resolve(split(stem)).resolve(stem + ".png");
    }

    /**
     * Whether a complete pair of the right size is already in place. One that an earlier run with another
     * validation fraction put in the other split is moved over, so no name is ever in both.
     */
    boolean alreadyBuilt(String stem) throws IOException {
        Path target = target(stem);
        if (complete(target)) {
            return true;
        }
        String other = split(stem).equals(PairSplit.TRAIN) ? PairSplit.VALIDATION : PairSplit.TRAIN;
        Path elsewhere = out.resolve(other).resolve(stem + ".png");
        if (complete(elsewhere)) {
            move(elsewhere, target);
            return true;
        }
        return false;
    }

    /** Writes the pair atomically, replacing an incomplete or wrongly sized file of the same name. */
    void write(String stem, BufferedImage pair) {
        if (pair.getWidth() != 2 * side || pair.getHeight() != side) {
            throw new IllegalArgumentException("a pair must be " + 2 * side + " x " + side + ", got "
                    + pair.getWidth() + " x " + pair.getHeight());
        }
        Path target = target(stem);
        Path temp = null;
        try {
            byte[] png = encode(pair);
            // Not Files.createTempFile: its owner-only permissions would stay on the finished pair.
            temp = target.resolveSibling(".writing-" + stem + "-" + java.util.UUID.randomUUID() + ".png.tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(png);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new StudioException("Could not write " + target + " (" + e.getMessage() + ").", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static byte[] encode(BufferedImage pair) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(pair, "png", stream)) {
                throw new IOException("no PNG writer for image type " + pair.getType());
            }
        }
        return bytes.toByteArray();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A readable image file whose header says 2 * side x side. */
    private boolean complete(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileImageInputStream in = new FileImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return reader.getWidth(0) == 2 * side && reader.getHeight(0) == side;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a hidden leftover is ignored by every folder listing; nothing more to do
        }
    }
}
