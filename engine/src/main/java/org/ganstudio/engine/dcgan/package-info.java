/**
 * DCGAN (Radford, Metz and Chintala 2016, "Unsupervised Representation Learning with Deep Convolutional
 * Generative Adversarial Networks"): an all-convolutional generator from a latent vector and its mirrored
 * discriminator, trained with the non-saturating GAN loss and Adam (lr 2e-4, beta1 0.5).
 */
package org.ganstudio.engine.dcgan;
