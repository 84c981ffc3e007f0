package org.ganstudio.app.common;

/** Turns whatever background work threw into one sentence a person can read in the status line. */
public final class Failures {

    private Failures() {}

    /**
     * The message of an exception; for an {@link Error} (out of memory, a native library that failed) its kind
     * too, since "Java heap space" alone says little. Out of memory reads "Out of memory: Java heap space".
     */
    public static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (failure instanceof OutOfMemoryError) {
            return "Out of memory: " + (message == null ? "the work needed more memory than Java may use" : message);
        }
        String name = failure.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return name;
        }
        return failure instanceof Error ? name + ": " + message : message;
    }
}
