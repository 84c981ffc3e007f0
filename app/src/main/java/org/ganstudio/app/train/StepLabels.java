package org.ganstudio.app.train;

import java.util.Locale;
import javafx.util.StringConverter;

/** Short tick labels for a step axis ("750", "1.5k", "12k", "1.2M"), so long runs do not crowd the axis. */
final class StepLabels extends StringConverter<Number> {

    @Override
    public String toString(Number value) {
        if (value == null) {
            return "";
        }
        double step = value.doubleValue();
        double size = Math.abs(step);
        if (size < 1000) {
            return Long.toString(Math.round(step));
        }
        if (size < 999_500) {
            return compact(step / 1000) + "k";
        }
        return compact(step / 1_000_000) + "M";
    }

    /** One decimal below 10 when it is not zero ("1.5", "2"), none from 10 on ("12"). */
    private static String compact(double scaled) {
        if (Math.abs(scaled) >= 10 || Math.abs(scaled - Math.rint(scaled)) < 0.05) {
            return Long.toString(Math.round(scaled));
        }
        return String.format(Locale.ROOT, "%.1f", scaled);
    }

    @Override
    public Number fromString(String text) {
        throw new UnsupportedOperationException("tick labels are only shown");
    }
}
