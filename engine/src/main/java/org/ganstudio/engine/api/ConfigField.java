package org.ganstudio.engine.api;

import java.util.List;
import java.util.Objects;

/**
 * One editable setting of a training config, described so that a form can be built from it.
 *
 * @param key stable key used in {@link TrainingRequest#settings()} and in config.json
 * @param label what a person reads
 * @param kind how the value is edited and parsed
 * @param defaultValue the paper's default, as text
 * @param min lowest allowed value (numbers only)
 * @param max highest allowed value (numbers only)
 * @param choices allowed values (CHOICE only)
 * @param help one sentence shown as a tooltip
 */
public record ConfigField(
        String key,
        String label,
        Kind kind,
        String defaultValue,
        double min,
        double max,
        List<String> choices,
        String help) {

    /** How a field is edited. */
    public enum Kind {
        INTEGER,
        DECIMAL,
        CHOICE
    }

    public ConfigField {
        Objects.requireNonNull(key);
        Objects.requireNonNull(label);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(defaultValue);
        choices = List.copyOf(choices);
        help = help == null ? "" : help;
    }

    public static ConfigField integer(String key, String label, int def, int min, int max, String help) {
        return new ConfigField(key, label, Kind.INTEGER, Integer.toString(def), min, max, List.of(), help);
    }

    public static ConfigField decimal(String key, String label, double def, double min, double max, String help) {
        String text = java.math.BigDecimal.valueOf(def).stripTrailingZeros().toPlainString();
        return new ConfigField(key, label, Kind.DECIMAL, text, min, max, List.of(), help);
    }

    public static ConfigField choice(String key, String label, String def, List<String> choices, String help) {
        return new ConfigField(key, label, Kind.CHOICE, def, 0, 0, choices, help);
    }

    /**
     * Checks one value typed by a person.
     *
     * @return null when valid, else a sentence saying what is wrong
     */
    public String validate(String text) {
        String value = text == null ? "" : text.trim();
        switch (kind) {
            case CHOICE:
                return choices.contains(value) ? null : label + " must be one of " + String.join(", ", choices);
            case INTEGER:
                try {
                    long v = Long.parseLong(value);
                    return v < min || v > max ? label + " must be between " + (long) min + " and " + (long) max : null;
                } catch (NumberFormatException e) {
                    return label + " must be a whole number";
                }
            case DECIMAL:
                try {
                    double v = Double.parseDouble(value);
                    if (!Double.isFinite(v)) {
                        return label + " must be a finite number";
                    }
                    return v < min || v > max ? label + " must be between " + plain(min) + " and " + plain(max) : null;
                } catch (NumberFormatException e) {
                    return label + " must be a number";
                }
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
