package org.ganstudio.engine.api;

/**
 * One side of an unpaired translation model: what its pictures are called and whether they are grey or colour.
 *
 * @param name a person's name for the domain (the model card's, such as "horses"), else "A" or "B"
 * @param channels 1 for grey, 3 for colour
 */
public record ImageDomain(String name, int channels) {}
