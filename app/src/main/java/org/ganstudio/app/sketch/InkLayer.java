package org.ganstudio.app.sketch;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** A drawing's ink as a layer: black everywhere, as opaque as the page is dark (white paper fully transparent). */
final class InkLayer {

    private InkLayer() {}

    static Image of(Image page) {
        int w = (int) page.getWidth();
        int h = (int) page.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = page.getPixelReader();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int grey = (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000;
            int alpha = (255 - grey) * ((p >>> 24) & 0xFF) / 255;
            argb[i] = alpha << 24;
        }
        WritableImage layer = new WritableImage(w, h);
        layer.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return layer;
    }
}
