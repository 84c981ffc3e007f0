/**
 * The one training loop every family plugs into. A family supplies a {@link org.ganstudio.engine.train.GanModel}
 * (its step, preview and state); the loop owns batching, the cadence of previews and checkpoints, pause,
 * resume and cancel, and sends immutable snapshots to a listener.
 *
 * <p>All randomness of a step comes from {@link org.ganstudio.engine.train.StepRandom}, derived from the run's
 * seed and the step number, and the data order from {@link org.ganstudio.engine.train.BatchOrder}: so a run
 * resumed from a checkpoint continues exactly as if it had never stopped.
 */
package org.ganstudio.engine.train;
