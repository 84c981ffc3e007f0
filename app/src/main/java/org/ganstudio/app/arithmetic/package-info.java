/**
 * The Arithmetic studio: the DCGAN paper's vector arithmetic, mean(A) - mean(B) + mean(C), over exemplars picked from
 * random samples or bookmarks, with the result's noisy neighbours and a slider from C to it. It shares the Latent
 * studio's {@code GeneratorSession} (model, generator thread, bookmarks).
 */
package org.ganstudio.app.arithmetic;
