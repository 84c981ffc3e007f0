/**
 * Pix2Pix (Isola, Zhu, Zhou and Efros 2017, "Image-to-Image Translation with Conditional Adversarial
 * Networks"): a U-Net generator with skip connections translates an input image into an output image, a
 * PatchGAN discriminator judges (input, output) pairs patch by patch, and the generator learns from the GAN
 * loss plus lambda times the L1 distance to the target (lambda 100, Adam lr 2e-4, beta1 0.5, batch 1).
 *
 * <p>{@link org.ganstudio.engine.pix2pix.Pix2PixConfig} holds the paper's defaults;
 * {@link org.ganstudio.engine.pix2pix.UnetGenerator} and {@link org.ganstudio.engine.pix2pix.PatchDiscriminator}
 * are the networks; {@link org.ganstudio.engine.pix2pix.Pix2PixGenerator} is the generator alone (inference,
 * with BatchNorm folded and the up-convolution kernels prepared once); {@link org.ganstudio.engine.pix2pix.Pix2PixModel}
 * is the trainable model and {@link org.ganstudio.engine.pix2pix.Pix2PixFamily} its form and factory.
 *
 * <p>Dropout is used while training only, with masks drawn from the step's random source; inference is
 * deterministic (eval mode, BatchNorm with its running statistics). The paper keeps dropout at test time as
 * the generator's only noise; we prefer that a drawing always gives the same picture.
 */
package org.ganstudio.engine.pix2pix;
