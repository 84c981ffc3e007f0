/**
 * CycleGAN (Zhu, Park, Isola and Efros, "Unpaired Image-to-Image Translation using Cycle-Consistent Adversarial
 * Networks", ICCV 2017): two generators that translate between two domains without paired examples, held to each
 * other by cycle consistency.
 *
 * <p>{@link org.ganstudio.engine.cyclegan.CycleganConfig} holds the paper's settings, {@code ResnetGenerator} and
 * {@code PatchDiscriminator} build the networks from the engine's {@code nn} blocks, {@code CycleganLosses} are the
 * objective's terms, {@code ImagePool} the history of fakes the discriminators see,
 * {@link org.ganstudio.engine.cyclegan.CycleganModel} the family's step in the one training loop, and
 * {@link org.ganstudio.engine.cyclegan.CycleganFamily} its form, files and capabilities: an {@code ImageTranslator}
 * from A to B ({@code CycleganImageTranslator}, one generator) and a {@code TwoWayTranslator} with both generators
 * ({@code CycleganTwoWayTranslator}, the domains named by the model card's {@code domainA} and {@code domainB}).
 */
package org.ganstudio.engine.cyclegan;
