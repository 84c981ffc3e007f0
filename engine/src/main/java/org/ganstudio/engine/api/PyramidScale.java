package org.ganstudio.engine.api;

/**
 * One scale of a multi-scale model's pyramid (SinGAN), coarsest first.
 *
 * @param index 0 for the coarsest scale
 * @param width width of the training picture at this scale, in pixels
 * @param height height of the training picture at this scale, in pixels
 */
public record PyramidScale(int index, int width, int height) {}
