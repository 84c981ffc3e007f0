package org.ganstudio.engine.api;

/**
 * Where a run stands within its phases (SinGAN's scales; a one-phase run has one).
 *
 * @param name the phase's name ("Scale 3 of 8: 94x70")
 * @param index 0-based
 * @param count phases of the run
 * @param step steps done within the phase
 * @param steps steps of the phase
 */
public record PhaseProgress(String name, int index, int count, long step, long steps) {}
