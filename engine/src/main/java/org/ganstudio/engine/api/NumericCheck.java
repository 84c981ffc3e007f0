package org.ganstudio.engine.api;

/**
 * One line of the numeric self-check: a convolution shape the studio uses, computed in float32 the way
 * training computes it and compared with a float64 reference computed another way.
 *
 * @param name the shape, e.g. "1 → 1 channels, kernel 4, stride 2, 16 px"
 * @param relativeError the worst of forward, input gradient, weight gradient and second-order gradient,
 *     as max |float32 - reference| / max |reference|; infinite when a result is not finite
 * @param worstPart which of those four was worst, e.g. "input gradient"
 * @param passed true when the error is within the tolerance
 */
public record NumericCheck(String name, double relativeError, String worstPart, boolean passed) {
}
