/**
 * SinGAN (Shaham, Dekel and Michaeli, "SinGAN: Learning a Generative Model from a Single Natural Image",
 * ICCV 2019): a pyramid of small fully convolutional GANs trained coarse to fine on one image.
 *
 * <p>{@link org.ganstudio.engine.singan.SinganConfig} holds the paper's settings (and a CPU schedule),
 * {@link org.ganstudio.engine.singan.ScalePyramid} plans the scales of an image,
 * {@link org.ganstudio.engine.singan.SinganNetworks} builds one scale's generator and critic,
 * {@link org.ganstudio.engine.singan.PatchGradientPenalty} is the WGAN-GP term of the official code (norm per
 * pixel over the channels), {@link org.ganstudio.engine.singan.SinganTraining} trains scale after scale and
 * saves them ({@link org.ganstudio.engine.singan.SinganFiles} names the files), and
 * {@link org.ganstudio.engine.singan.SinganSampler} generates from a saved pyramid at any size, from any
 * start scale, or from an injected image. None of these classes is a {@code train.GanModel}: the training loop
 * reaches them through an adapter.
 */
package org.ganstudio.engine.singan;
