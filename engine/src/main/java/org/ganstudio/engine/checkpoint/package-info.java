/**
 * Checkpoints: one directory per saved step holding weights, {@code config.json}, {@code state.json},
 * {@code card.json} and a {@code manifest.json} of checksums. Directories are written under a temporary
 * name and renamed in one atomic move, so a crash never leaves a half-written checkpoint in place.
 */
package org.ganstudio.engine.checkpoint;
