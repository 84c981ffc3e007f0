/**
 * The Unpaired studio: a CycleGAN model (Zhu et al. 2017) opened as a {@code TwoWayTranslator}, a picture of either
 * domain translated into the other. {@link org.ganstudio.app.unpaired.UnpairedView} draws it,
 * {@link org.ganstudio.app.unpaired.UnpairedViewModel} holds its state; the translations run on the model's own thread,
 * only the newest waiting.
 */
package org.ganstudio.app.unpaired;
