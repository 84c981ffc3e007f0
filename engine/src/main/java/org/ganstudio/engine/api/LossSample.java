package org.ganstudio.engine.api;

import java.util.Map;

/** The losses of a run after {@code step} steps, as recorded in its history. */
public record LossSample(long step, Map<String, Double> losses) {
    public LossSample {
        losses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(losses));
    }
}
