package org.ganstudio.engine.train;

import java.util.Map;

/** The losses recorded after {@code step} steps. */
public record LossPoint(long step, Map<String, Double> losses) {
    public LossPoint {
        losses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(losses));
    }
}
