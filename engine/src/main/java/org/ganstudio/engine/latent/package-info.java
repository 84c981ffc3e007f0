/**
 * The latent lab's engine side, behind {@code api.ImageGenerator}: principal directions of early generator
 * activations mapped back to latent space (GANSpace, Härkönen et al. 2020, "GANSpace: Discovering Interpretable
 * GAN Controls"), ranking feature maps by how they tell two sets of latents apart (the window experiment of
 * Radford et al. 2016), projecting an image into latent space by gradient descent on z from several starts (Zhu et
 * al. 2016, iGAN), feature-map tiles, the bookmark file, and attribute directions learnt from a labelled dataset
 * through small classifiers of generated samples (Shen et al. 2020, InterFaceGAN) with the file that saves them.
 * Network code stays in {@code dcgan}; these classes take and return plain arrays except where a large matrix
 * product is cheaper in an {@code NDArray}.
 */
package org.ganstudio.engine.latent;
