package org.ganstudio.engine.api;

/**
 * One hidden layer of a generator whose feature maps can be looked at and switched off.
 *
 * @param index 0 for the first hidden layer (closest to the latent), counting up towards the image
 * @param name what a person reads, e.g. "4x4, 512 maps"
 * @param maps number of feature maps (channels) the layer outputs
 * @param size side of each (square) feature map in pixels
 */
public record GeneratorLayer(int index, String name, int maps, int size) {}
