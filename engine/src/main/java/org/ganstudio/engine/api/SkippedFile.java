package org.ganstudio.engine.api;

/** A file that was left out, with the reason in words a person understands. */
public record SkippedFile(String name, String reason) {}
