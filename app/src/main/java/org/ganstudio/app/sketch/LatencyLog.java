package org.ganstudio.app.sketch;

import java.util.Arrays;

/** The last few stroke-to-screen times, for their median (the studio's target is under 60 ms). */
final class LatencyLog {

    static final int KEPT = 64;

    private final long[] millis = new long[KEPT];
    private int count;
    private int next;

    void add(long value) {
        millis[next] = value;
        next = (next + 1) % KEPT;
        count = Math.min(count + 1, KEPT);
    }

    void clear() {
        count = 0;
        next = 0;
    }

    int size() {
        return count;
    }

    /** Median of the kept times (the lower middle one for an even count); 0 when none. */
    long median() {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        return sorted[(count - 1) / 2];
    }
}
