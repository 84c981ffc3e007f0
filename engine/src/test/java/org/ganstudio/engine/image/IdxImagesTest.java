package org.ganstudio.engine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxImagesTest {
    @TempDir
    Path dir;

    private Path images(int count, int rows, int columns, int pixelBytes) throws IOException {
        ByteBuffer file = ByteBuffer.allocate(16 + pixelBytes).putInt(2051).putInt(count).putInt(rows).putInt(columns);
        for (int i = 0; i < pixelBytes; i++) {
            file.put((byte) i);
        }
        return Files.write(dir.resolve("images.idx"), file.array());
    }

    private Path labels(int count, int labelBytes) throws IOException {
        ByteBuffer file = ByteBuffer.allocate(8 + labelBytes).putInt(2049).putInt(count);
        for (int i = 0; i < labelBytes; i++) {
            file.put((byte) (i % 10));
        }
        return Files.write(dir.resolve("labels.idx"), file.array());
    }

    @Test
    void smallFilesReadImageByImage() throws IOException {
        IdxImages idx = IdxImages.read(images(2, 2, 3, 12), labels(2, 2));

        assertThat(idx.count()).isEqualTo(2);
        assertThat(idx.label(1)).isEqualTo(1);
        assertThat(idx.image(1, false).getRaster().getSample(2, 1, 0)).isEqualTo(11);
    }

    @Test
    void gzipFilesReadLikePlainOnes() throws IOException {
        Path plain = images(1, 2, 2, 4);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(Files.readAllBytes(plain));
        }
        Path gz = Files.write(dir.resolve("images.idx.gz"), bytes.toByteArray());

        assertThat(IdxImages.read(gz, labels(1, 1)).image(0, false).getRaster().getSample(1, 1, 0)).isEqualTo(3);
    }

    @Test
    void aTinyFileClaimingMillionsOfImagesIsRefusedWithoutAllocatingThem() throws IOException {
        Path images = images(1_000_000, 2048, 1024, 4); // 2 TB promised, 20 bytes on disk

        assertThatThrownBy(() -> IdxImages.read(images, labels(1_000_000, 0)))
                .isInstanceOf(StudioException.class)
                .hasMessageContaining("more than one file can hold");
    }

    @Test
    void aFileShorterThanItsHeaderSaysNamesWhatItHolds() throws IOException {
        Path images = images(1000, 28, 28, 4);

        assertThatThrownBy(() -> IdxImages.read(images, labels(1000, 1000)))
                .isInstanceOf(StudioException.class)
                .hasMessageContaining("the IDX file says 1000 images of 28x28 but holds only 4 bytes");
    }

    @Test
    void sidesWhoseProductOverflowsAreRefused() throws IOException {
        Path images = images(1, 65536, 65536, 4); // rows * columns overflows int to 0

        assertThatThrownBy(() -> IdxImages.read(images, labels(1, 1)))
                .isInstanceOf(StudioException.class)
                .hasMessageContaining("1 images of 65536x65536")
                .hasMessageContaining("sides from 1 to 4096");
    }

    @Test
    void negativeCountsAndEmptySidesAreRefused() throws IOException {
        Path negative = images(-1, 28, 28, 0);
        assertThatThrownBy(() -> IdxImages.read(negative, labels(0, 0))).hasMessageContaining("-1 images of 28x28");
        Path empty = images(1, 0, 28, 0);
        assertThatThrownBy(() -> IdxImages.read(empty, labels(1, 1))).hasMessageContaining("1 images of 0x28");
    }

    @Test
    void labelsMustMatchTheImagesAndBeThere() throws IOException {
        Path images = images(3, 1, 1, 3);

        assertThatThrownBy(() -> IdxImages.read(images, labels(2, 2)))
                .hasMessageContaining("has 2 labels for 3 images");
        assertThatThrownBy(() -> IdxImages.read(images, labels(3, 1)))
                .hasMessageContaining("says 3 labels but holds only 1");
    }
}
