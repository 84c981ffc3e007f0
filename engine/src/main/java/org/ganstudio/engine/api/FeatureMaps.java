package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The feature maps one hidden layer computes for one latent.
 *
 * @param layer the layer they come from
 * @param tiles one grey image per map (size x size), each scaled from its own minimum (black) to maximum (white)
 * @param meanActivation each map's mean value after the activation, for sorting and display
 */
public record FeatureMaps(GeneratorLayer layer, List<BufferedImage> tiles, float[] meanActivation) {

    public FeatureMaps {
        tiles = List.copyOf(tiles);
        meanActivation = meanActivation.clone();
        if (tiles.size() != layer.maps() || meanActivation.length != layer.maps()) {
            throw new IllegalArgumentException("one tile and one mean per map of " + layer.name());
        }
    }

    @Override
    public float[] meanActivation() {
        return meanActivation.clone();
    }
}
