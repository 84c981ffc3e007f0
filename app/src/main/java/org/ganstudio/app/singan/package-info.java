/**
 * The SinGAN studio: a model learnt from one picture, and its tools. {@code SamplerSession} holds the installed models,
 * the one open {@code MultiScaleSampler} and the one thread every call to it runs on; {@code SinganViewModel} the
 * training picture, seed, result shown, message line and long work; one class per tool ({@code SamplesTool},
 * {@code PaintTool}, {@code HarmonizeTool}, {@code EditTool}, {@code EnlargeTool}, {@code AnimationTool}); slider-driven
 * renders go through a {@code LatestOnlyRunner}, long ones report progress and can be cancelled. {@code ResultFiles}
 * saves a result as PNG with a JSON of how it was made; {@code SinganView} lays it out.
 */
package org.ganstudio.app.singan;
