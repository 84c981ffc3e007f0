package org.ganstudio.app.train;

import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Tick labels for a step axis: short where that loses nothing ("750", "1.5k", "12.5k", "1.2M"), the whole number
 * otherwise ("1050"), so two different steps never share a label. {@link #tickUnit} picks whole-step tick units.
 */
final class StepLabels extends StringConverter<Number> {

    /** About this many ticks at most along the axis. */
    private static final int MOST_TICKS = 10;

    @Override
    public String toString(Number value) {
        if (value == null) {
            return "";
        }
        long step = Math.round(value.doubleValue());
        long size = Math.abs(step);
        if (size >= 1_000_000 && exactInTenths(step, 1_000_000)) {
            return tenths(step, 1_000_000) + "M";
        }
        if (size >= 1000 && exactInTenths(step, 1000)) {
            return tenths(step, 1000) + "k";
        }
        return Long.toString(step);
    }

    /** True when step / scale has at most one decimal. */
    private static boolean exactInTenths(long step, long scale) {
        return step % (scale / 10) == 0;
    }

    /** step / scale with one decimal, or none when it is whole ("1.5", "2", "12.5"). */
    private static String tenths(long step, long scale) {
        long inTenths = step / (scale / 10);
        return inTenths % 10 == 0 ? Long.toString(inTenths / 10)
                : String.format(Locale.ROOT, "%.1f", inTenths / 10.0);
    }

    /**
     * A tick unit for steps {@code first} to {@code last}: 1, 2 or 5 times a power of ten, never below one step,
     * giving at most about ten ticks.
     */
    static long tickUnit(long first, long last) {
        double wanted = Math.max(1, (double) Math.abs(last - first) / MOST_TICKS);
        long power = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (factor * power >= wanted) {
                    return factor * power;
                }
            }
            power *= 10;
        }
    }

    @Override
    public Number fromString(String text) {
        throw new UnsupportedOperationException("tick labels are only shown");
    }
}
