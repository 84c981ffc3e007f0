/**
 * The numeric self-check: before the studio trains or runs a model it computes the convolution shapes its
 * networks use in float32 and compares them with a float64 reference, then chooses the fastest way of computing
 * convolutions that gives right numbers on this computer (some CPUs' oneDNN kernels do not; see
 * {@link org.ganstudio.engine.nn.ConvolutionMode}). {@code ./studio doctor} prints its findings.
 */
package org.ganstudio.engine.numerics;
