package org.ganstudio.engine.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Whole numbers on the command line, read with their allowed range so that a mistake says what is allowed. */
final class Numbers {

    private Numbers() {}

    /** {@code text} as an int from {@code min} to {@code max}; otherwise a message naming the range. */
    static int wholeNumber(String text, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw outOfRange(text, min, max);
        }
        if (value < min || value > max) {
            throw outOfRange(text, min, max);
        }
        return value;
    }

    private static TypeConversionException outOfRange(String text, int min, int max) {
        String range = max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max;
        return new TypeConversionException("'" + text + "' is not a whole number " + range + ".");
    }

    /** At least 1. */
    static final class Positive implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value, 1, Integer.MAX_VALUE);
        }
    }
}
