package org.ganstudio.engine.pairs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Puts a pair in train/ or val/ by a hash of its name (SHA-256, as a number in [0, 1)), so the split of a
 * file never depends on the other files, their order, or an earlier run.
 */
final class PairSplit {
    static final String TRAIN = "train";
    static final String VALIDATION = "val";

    private PairSplit() {}

    /** "val" when the name's hash falls below {@code validationFraction}, else "train". */
    static String of(String name, double validationFraction) {
        return unit(name) < validationFraction ? VALIDATION : TRAIN;
    }

    /** The name's hash as a number in [0, 1). */
    static double unit(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (hash[i] & 0xFF);
            }
            return (bits >>> 11) * 0x1.0p-53;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
