package org.ganstudio.engine.optim;

/** Adam's hyper-parameters. */
public record AdamSettings(double beta1, double beta2, double epsilon) {

    public AdamSettings {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("Adam needs 0 <= beta < 1 and epsilon > 0");
        }
    }

    /** The GAN setting of Radford et al.: beta1 = 0.5. */
    public static AdamSettings gan(double beta1) {
        return new AdamSettings(beta1, 0.999, 1e-8);
    }
}
