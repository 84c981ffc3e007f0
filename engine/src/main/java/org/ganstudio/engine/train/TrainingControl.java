package org.ganstudio.engine.train;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Pause, resume and cancel requests, made from any thread and honoured between steps. */
public final class TrainingControl {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean pauseRequested;
    private boolean cancelRequested;

    public void pause() {
        lock.lock();
        try {
            pauseRequested = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void resume() {
        lock.lock();
        try {
            pauseRequested = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void cancel() {
        lock.lock();
        try {
            cancelRequested = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean cancelRequested() {
        lock.lock();
        try {
            return cancelRequested;
        } finally {
            lock.unlock();
        }
    }

    public boolean pauseRequested() {
        lock.lock();
        try {
            return pauseRequested && !cancelRequested;
        } finally {
            lock.unlock();
        }
    }

    /** Blocks while paused; returns when resumed or cancelled. */
    public void awaitRunnable() throws InterruptedException {
        lock.lock();
        try {
            while (pauseRequested && !cancelRequested) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }
}
