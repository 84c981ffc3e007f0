/**
 * Shared network blocks that DJL's PyTorch engine lacks, each checked against a plain-Java loop over
 * its definition: {@link org.ganstudio.engine.nn.ConvTranspose2d}, {@link
 * org.ganstudio.engine.nn.InstanceNorm2d}, {@link org.ganstudio.engine.nn.ReflectionPad2d}, the WGAN-GP
 * {@link org.ganstudio.engine.nn.GradientPenalty} and the DCGAN {@link
 * org.ganstudio.engine.nn.Initializers}.
 *
 * <p>Every block offers a static function on {@code NDArray}s (the exact math, differentiable) and a DJL
 * {@code Block} that wraps it for use inside a {@code SequentialBlock}. Semantics follow PyTorch's
 * modules of the same name, so numbers and weight layouts can be compared with the papers' reference
 * code. All PyTorch-specific calls (double backward) live in {@link org.ganstudio.engine.nn.PtAutograd};
 * everything else uses only DJL's engine-neutral API.
 */
package org.ganstudio.engine.nn;
