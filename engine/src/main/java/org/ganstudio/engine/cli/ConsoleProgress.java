package org.ganstudio.engine.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.ganstudio.engine.api.PhaseProgress;
import org.ganstudio.engine.api.TrainingListener;
import org.ganstudio.engine.api.TrainingSnapshot;
import org.ganstudio.engine.api.TrainingState;

/** Prints training progress as plain lines: one per preview or checkpoint, and every state change. */
final class ConsoleProgress implements TrainingListener {

    private final PrintStream out;
    private final long printEvery;
    private TrainingState lastState;
    private long lastPrintedStep = -1;
    private String lastMessage = "";

    ConsoleProgress(PrintStream out, long printEvery) {
        this.out = out;
        this.printEvery = Math.max(1, printEvery);
    }

    @Override
    public synchronized void onSnapshot(TrainingSnapshot s) {
        boolean stateChanged = s.state() != lastState;
        boolean stepDue = s.step() / printEvery != lastPrintedStep / printEvery && s.step() > 0;
        boolean news = !s.message().isEmpty() && !s.message().equals(lastMessage);
        if ((stateChanged || news) && s.state() == TrainingState.PREPARING) {
            out.printf("%-9s %s%n", s.state(), s.message()); // the run's length is known only once it starts
        } else if (stateChanged || stepDue || news) {
            out.printf("%-9s step %d/%d  %s  %s  %.1f img/s  eta %s%s%n", s.state(), s.step(), s.totalSteps(), where(s),
                    format(s.losses()), s.imagesPerSecond(), eta(s), s.message().isEmpty() ? "" : "  " + s.message());
            lastPrintedStep = s.step();
        }
        lastState = s.state();
        lastMessage = s.message();
    }

    /** The phase for a run in phases (SinGAN: "Scale 3 of 5: 94x58 (200/600)"), else the epoch. */
    private static String where(TrainingSnapshot s) {
        PhaseProgress p = s.phase();
        return p != null && p.count() > 1 ? p.name() + " (" + p.step() + "/" + p.steps() + ")" : "epoch " + s.epoch();
    }

    private static String format(Map<String, Double> losses) {
        return losses.entrySet().stream().map(e -> String.format("%s=%.3f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(" "));
    }

    private static String eta(TrainingSnapshot s) {
        long seconds = s.eta().toSeconds();
        return seconds <= 0 ? "-" : String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
