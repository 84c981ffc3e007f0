package org.ganstudio.app.common;

import java.util.Arrays;

/**
 * The last few change-to-screen times of an interactive studio, for their median (the Sketch and Latent studios
 * aim for under 60 ms). Used on one thread (the UI thread).
 */
public final class LatencyLog {

    public static final int KEPT = 64;

    private final long[] millis = new long[KEPT];
    private int count;
    private int next;

    public void add(long value) {
        millis[next] = value;
        next = (next + 1) % KEPT;
        count = Math.min(count + 1, KEPT);
    }

    public void clear() {
        count = 0;
        next = 0;
    }

    public int size() {
        return count;
    }

    /** Median of the kept times (the lower middle one for an even count); 0 when none. */
    public long median() {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        return sorted[(count - 1) / 2];
    }
}
