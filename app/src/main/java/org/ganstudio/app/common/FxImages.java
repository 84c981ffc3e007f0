package org.ganstudio.app.common;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/** Conversions between the engine's images and JavaFX images. */
public final class FxImages {

    private FxImages() {}

    public static Image toFx(BufferedImage image) {
        return image == null ? null : SwingFXUtils.toFXImage(image, null);
    }
}
