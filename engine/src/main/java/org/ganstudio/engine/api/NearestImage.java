package org.ganstudio.engine.api;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * A training image near a query image, from {@link StudioEngine#nearestImages}.
 *
 * @param file the image's file
 * @param image the image as it was compared: fitted to the query's size and channels
 * @param distance mean absolute difference per pixel and channel, intensities in [0, 1] (0 for a copy)
 */
public record NearestImage(Path file, BufferedImage image, double distance) {}
