/**
 * The Latent studio: a DCGAN's samples, direction sliders (GANSpace principal directions and directions from samples a
 * person marks), interpolation between two samples, feature maps to switch off, bookmarks and exported strips.
 * {@code GeneratorSession} holds the model, the one thread its generator runs on, and the bookmarks, shared with the
 * Arithmetic studio; {@code LatentViewModel} keeps the current latent (a base plus the sliders' offsets) and renders
 * the newest one through a {@code LatestOnlyRunner}; {@code LatentView} lays it out.
 */
package org.ganstudio.app.latent;
