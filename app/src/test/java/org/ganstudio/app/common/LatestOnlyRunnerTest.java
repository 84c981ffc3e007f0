package org.ganstudio.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LatestOnlyRunnerTest {

    private final ExecutorService worker = Executors.newCachedThreadPool();
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final List<Integer> computed = new CopyOnWriteArrayList<>();
    private final List<Integer> delivered = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final LatestOnlyRunner<Integer> runner = new LatestOnlyRunner<>(worker, ui, delivered::add, errors::add);

    @AfterEach
    void stop() {
        worker.shutdownNow();
        ui.shutdownNow();
    }

    private Supplier<Integer> job(int n, CountDownLatch started, CountDownLatch gate) {
        return () -> {
            started.countDown();
            await(gate);
            computed.add(n);
            return n;
        };
    }

    private Supplier<Integer> job(int n) {
        return job(n, new CountDownLatch(1), new CountDownLatch(0));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitIdle() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!runner.isIdle() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(runner.isIdle()).isTrue();
        ui.submit(() -> { }).get(5, TimeUnit.SECONDS); // results queued for the UI are in
    }

    @Test
    void aBurstWhileOneJobRunsComputesOnlyTheFirstAndTheLastInOrder() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        runner.submit(job(1, started, gate));
        await(started);
        for (int n = 2; n <= 50; n++) {
            runner.submit(job(n));
        }
        gate.countDown();
        waitIdle();
        assertThat(computed).containsExactly(1, 50);
        assertThat(delivered).containsExactly(1, 50);
        assertThat(errors).isEmpty();
    }

    @Test
    void neverRunsTwoJobsAtOnceEvenOnAPoolAndWithManyCallers() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 200; i++) {
            int n = i;
            callers.execute(() -> runner.submit(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return n;
            }));
        }
        callers.shutdown();
        assertThat(callers.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        waitIdle();
        assertThat(most.get()).isEqualTo(1);
        assertThat(delivered).isNotEmpty().hasSizeLessThan(200);
    }

    @Test
    void aFailedJobIsReportedAndTheNextStillRuns() throws Exception {
        runner.submit(() -> {
            throw new IllegalStateException("the model is broken");
        });
        waitIdle();
        runner.submit(job(7));
        waitIdle();
        assertThat(errors).containsExactly("the model is broken");
        assertThat(delivered).containsExactly(7);
    }

    @Test
    void aChoreRunsAfterTheJobInFlightAndBeforeTheWaitingOne() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        runner.submit(() -> {
            started.countDown();
            await(gate);
            order.add("job 1");
            return 1;
        });
        await(started);
        runner.submit(() -> {
            order.add("job 2");
            return 2;
        });
        runner.runAfterCurrent(() -> order.add("close"));
        gate.countDown();
        waitIdle();
        assertThat(order).containsExactly("job 1", "close", "job 2");
    }

    @Test
    void discardPendingDropsTheWaitingJobButNotTheOneInFlight() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        runner.submit(job(1, started, gate));
        await(started);
        runner.submit(job(2));
        assertThat(runner.discardPending()).isTrue();
        gate.countDown();
        waitIdle();
        assertThat(computed).containsExactly(1);
    }

    @Test
    void afterShutdownRequestsAreIgnoredAndChoresStillRun() throws Exception {
        runner.shutdown();
        runner.submit(job(1));
        AtomicInteger closed = new AtomicInteger();
        runner.runAfterCurrent(closed::incrementAndGet);
        waitIdle();
        assertThat(computed).isEmpty();
        assertThat(closed.get()).isEqualTo(1);
    }

    @Test
    void anOutOfMemoryErrorIsReportedPlainlyAndTheRunnerGoesOn() throws Exception {
        runner.submit(() -> {
            throw new OutOfMemoryError("Java heap space");
        });
        waitIdle();
        assertThat(errors).containsExactly("Out of memory: Java heap space");
        runner.submit(job(8));
        waitIdle();
        assertThat(delivered).containsExactly(8);
    }

    @Test
    void aNativeFailureInAChoreIsReportedAndLaterJobsStillRun() throws Exception {
        runner.runAfterCurrent(() -> {
            throw new UnsatisfiedLinkError("no torch in java.library.path");
        });
        waitIdle();
        runner.submit(job(9));
        waitIdle();
        assertThat(errors).containsExactly("UnsatisfiedLinkError: no torch in java.library.path");
        assertThat(delivered).containsExactly(9);
    }
}
