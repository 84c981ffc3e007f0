package org.ganstudio.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageFilesTest {
    @ParameterizedTest
    @CsvSource({"shoe.png, true", "SHOE.JPG, true", "a.b.jpeg, true", "x.bmp, true", "x.gif, true", "x.webp, true",
            "x.tif, true", "X.TIFF, true", "x.wbmp, false",
            "notes.txt, false", "png, false", ".png, false", ".hidden.png, false", "x., false"})
    void imagesAreKnownByTheirExtensionAndHiddenFilesAreNot(String name, boolean image) {
        assertThat(ImageFiles.isImageName(name)).isEqualTo(image);
    }

    @Test
    void theSupportedFormatsAreNamedInOnePlace() {
        assertThat(ImageFiles.describe()).isEqualTo("PNG, JPEG, BMP, GIF, WebP or TIFF");
    }
}
