package org.ganstudio.app.latent;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.ganstudio.engine.api.LatentDirection;
import org.ganstudio.engine.api.Latents;

/**
 * One slider of the Latent studio: a direction and how far along it the current sample is moved, in spreads
 * (typical distances between samples along it), from -{@link #RANGE} to +{@link #RANGE}.
 */
public final class DirectionSlider {

    public static final double RANGE = 3;

    private final LatentDirection direction;
    private final DoubleProperty amount = new SimpleDoubleProperty(0);

    public DirectionSlider(LatentDirection direction) {
        this.direction = direction;
    }

    public LatentDirection direction() {
        return direction;
    }

    public String name() {
        return direction.name();
    }

    /** Spreads along the direction, -3 to +3. */
    public DoubleProperty amountProperty() {
        return amount;
    }

    /** {@code z} moved by this slider: amount x spread along the unit direction. */
    float[] apply(float[] z) {
        double spreads = amount.get();
        return spreads == 0 ? z : Latents.move(z, direction.vector(), spreads * direction.spread());
    }
}
