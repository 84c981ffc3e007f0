package org.ganstudio.app.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.ganstudio.engine.api.ImageFiles;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a file as a sketch goes through the engine's decoder: same formats, limit, orientation and messages. */
class SketchFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotAnImageGetsTheEngineMessage() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.png"), "hello");

        assertThatThrownBy(() -> SketchFiles.readImage(notes)).isInstanceOf(StudioException.class)
                .hasMessage("Cannot use notes.png: it is not an image, or not in a supported format ("
                        + ImageFiles.describe() + ")");
    }

    @Test
    void aFormatTheEngineRefusesIsRefusedHereToo() throws Exception {
        Path wbmp = dir.resolve("x.wbmp");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_BINARY), "wbmp", wbmp.toFile());

        assertThatThrownBy(() -> SketchFiles.readImage(wbmp)).hasMessageContaining("the WBMP format is not supported");
    }

    @Test
    void theEnginePixelLimitHoldsAndIsCheckedFromTheHeader() throws Exception {
        Path bomb = Files.write(dir.resolve("bomb.png"), pngHeaderOnly(60_000, 60_000));

        assertThatThrownBy(() -> SketchFiles.readImage(bomb))
                .hasMessageContaining("60000 x 60000 pixels (3600.0 megapixels), more than the limit of 50.0 megapixels");
    }

    @Test
    void aSidewaysPhotoOpensUprightAndTransparencyOnWhite() throws Exception {
        BufferedImage wide = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(wide, "jpeg", jpeg);
        Path photo = Files.write(dir.resolve("phone.jpg"), withOrientation(jpeg.toByteArray(), 6));
        Path clear = dir.resolve("clear.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB), "png", clear.toFile());

        BufferedImage upright = SketchFiles.readImage(photo);

        assertThat(upright.getWidth()).isEqualTo(32);
        assertThat(upright.getHeight()).isEqualTo(64);
        assertThat(SketchImages.looksLikeEdges(SketchFiles.readImage(clear))).as("blank paper, not black").isTrue();
    }

    /** A JPEG with an APP1 EXIF segment right after SOI: a big-endian TIFF with one IFD entry, Orientation. */
    private static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8).putShort((short) 1)
                .putShort((short) 274).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + 6 + tiff.capacity());
        out.put(jpeg, 0, 2).putShort((short) 0xFFE1).putShort((short) (2 + 6 + tiff.capacity()))
                .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array()).put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IEND", new byte[0]);
        return png.array();
    }

    private static void chunk(ByteBuffer png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.putInt(data.length).put(name).put(data).putInt((int) crc.getValue());
    }
}
