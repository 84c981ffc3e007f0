package org.ganstudio.engine.cli;

import java.io.PrintStream;
import org.ganstudio.engine.api.NumericsReport;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.TrainingHandle;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;

/** What train and resume share: the self-check line and waiting for the run. */
final class Training {
    static final int DIVERGED = 3;

    private Training() {}

    /** The self-check's line when training may go on; when it may not, starting the run says why. */
    static void printTrustedNumerics(StudioEngine engine, PrintStream out) {
        NumericsReport numerics = engine.numerics();
        if (numerics.trustworthy()) {
            out.println(numerics.summary());
        }
    }

    /**
     * Waits for the run; returns the exit code: 0 when it completed or was cancelled, 1 when it failed, 3 when it
     * diverged (a loss or a weight stopped being a finite number).
     */
    static int await(TrainingHandle handle, PrintStream out, PrintStream err) {
        Thread hook = new Thread(() -> {
            if (!handle.state().isTerminal()) {
                handle.cancel(); // Ctrl+C: checkpoint first, then stop
                handle.completion().join();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        TrainingSnapshot end = handle.completion().join();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl+C): the hook is running
        }
        if (end.state() == TrainingState.FAILED) {
            err.println("Error: " + end.message());
            return CliErrors.FAILED;
        }
        if (end.state() == TrainingState.DIVERGED) {
            err.println("Stopped: " + end.message());
            return DIVERGED;
        }
        out.println("Run directory: " + handle.runDirectory());
        return 0;
    }
}
