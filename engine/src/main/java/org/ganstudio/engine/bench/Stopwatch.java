package org.ganstudio.engine.bench;

import java.util.Arrays;

/** Times a task: warm-up runs, then the median and minimum of timed runs. */
final class Stopwatch {

    private Stopwatch() {}

    /** [median, min] in milliseconds. */
    static double[] time(Runnable task, int warmups, int repeats) {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        double[] millis = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            task.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = repeats % 2 == 1 ? millis[repeats / 2] : (millis[repeats / 2 - 1] + millis[repeats / 2]) / 2;
        return new double[] {median, millis[0]};
    }
}
