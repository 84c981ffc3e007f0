package org.ganstudio.engine.train;

import java.util.List;
import org.ganstudio.engine.api.PhaseProgress;

/** Where each phase of a run starts, and which phase a step of the run belongs to. */
final class PhaseSchedule {

    private final List<TrainingPhase> phases;
    private final long[] starts;
    private final long totalSteps;

    PhaseSchedule(List<TrainingPhase> phases) {
        if (phases == null || phases.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one phase");
        }
        this.phases = List.copyOf(phases);
        this.starts = new long[phases.size()];
        long at = 0;
        for (int i = 0; i < phases.size(); i++) {
            starts[i] = at;
            at = Math.addExact(at, phases.get(i).steps());
        }
        this.totalSteps = at;
    }

    long totalSteps() {
        return totalSteps;
    }

    int count() {
        return phases.size();
    }

    /** The phase that step {@code step} (0-based, the next to run) belongs to; the last phase once the run is done. */
    int phaseOf(long step) {
        for (int i = phases.size() - 1; i > 0; i--) {
            if (step >= starts[i]) {
                return i;
            }
        }
        return 0;
    }

    long start(int phase) {
        return starts[phase];
    }

    /** True when {@code stepsDone} steps finish a phase that is not the run's last. */
    boolean endsAPhase(long stepsDone) {
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] == stepsDone) {
                return true;
            }
        }
        return false;
    }

    /**
     * The steps left after {@code stepsDone}, counted in steps of the phase now running: a later phase whose steps
     * cost twice as much counts each of its steps twice.
     */
    double stepsLeftAtCurrentCost(long stepsDone) {
        if (stepsDone >= totalSteps) {
            return 0;
        }
        int current = phaseOf(stepsDone);
        double left = 0;
        for (int i = current; i < phases.size(); i++) {
            long done = Math.max(0, stepsDone - starts[i]);
            left += (phases.get(i).steps() - done) * phases.get(i).cost();
        }
        return left / phases.get(current).cost();
    }

    /** Progress within the phase of the run after {@code stepsDone} steps, for snapshots. */
    PhaseProgress progress(long stepsDone) {
        int phase = stepsDone >= totalSteps ? phases.size() - 1 : phaseOf(stepsDone);
        TrainingPhase p = phases.get(phase);
        return new PhaseProgress(p.name(), phase, phases.size(), stepsDone - starts[phase], p.steps());
    }
}
