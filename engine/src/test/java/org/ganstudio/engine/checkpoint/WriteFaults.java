package org.ganstudio.engine.checkpoint;

import java.util.function.Consumer;

/** Stops {@link AtomicDirectory} writes at chosen moments, as a kill would: for tests of any package. */
public final class WriteFaults {

    /** Thrown in place of a kill; an {@link Error}, so that no clean-up of the write runs. */
    public static final class Killed extends Error {
        public Killed(String moment) {
            super("killed at: " + moment);
        }
    }

    /** Every moment of a write, in order; the fourth comes only when a directory is replaced. */
    public static final java.util.List<String> MOMENTS = java.util.List.of(AtomicDirectory.CONTENTS_WRITTEN,
            AtomicDirectory.MANIFEST_WRITTEN, AtomicDirectory.SYNCED, AtomicDirectory.OLD_MOVED_ASIDE,
            AtomicDirectory.NEW_MOVED_IN);

    public static final String BETWEEN_RENAMES = AtomicDirectory.OLD_MOVED_ASIDE;

    private WriteFaults() {}

    /** Calls {@code hook} at each moment of every write until {@link #clear()}. */
    public static void set(Consumer<String> hook) {
        AtomicDirectory.faults = hook;
    }

    public static void clear() {
        AtomicDirectory.faults = moment -> { };
    }
}
