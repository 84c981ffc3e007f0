package org.ganstudio.app.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;

/**
 * Values offered from a worker thread (training snapshots, build progress) and shown on the UI thread: only
 * the newest is kept, and at most one UI update is queued at a time, however fast the worker offers.
 *
 * @param <T> the value shown
 */
public final class CoalescedUpdates<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor ui;
    private final Consumer<T> show;
    private final BinaryOperator<T> keep;

    /**
     * @param ui runs the update on the UI thread
     * @param show shows a value (on the UI thread)
     * @param keep given the value waiting (or null) and the new one, returns the one to keep
     */
    public CoalescedUpdates(Executor ui, Consumer<T> show, BinaryOperator<T> keep) {
        this.ui = ui;
        this.show = show;
        this.keep = keep;
    }

    /** The newest value always replaces the one waiting. */
    public CoalescedUpdates(Executor ui, Consumer<T> show) {
        this(ui, show, (waiting, offered) -> offered);
    }

    /** Any thread: keeps the value (as {@code keep} decides) and makes sure one UI update is queued. */
    public void offer(T value) {
        latest.accumulateAndGet(value, keep);
        if (scheduled.compareAndSet(false, true)) {
            ui.execute(this::showLatest);
        }
    }

    /** Forgets the value waiting; a queued update then shows nothing. */
    public void clear() {
        latest.set(null);
    }

    private void showLatest() {
        scheduled.set(false);
        T value = latest.get();
        if (value != null) {
            show.accept(value);
        }
    }
}
