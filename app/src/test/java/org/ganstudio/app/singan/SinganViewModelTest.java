package org.ganstudio.app.singan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Queue;
import org.ganstudio.app.FakeMultiScaleSampler;
import org.ganstudio.app.FakeStudioEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SinGAN studio's view model over a {@link FakeMultiScaleSampler}, with a sampler "thread" the test runs by hand:
 * every job waits in {@link #queue} until {@link #runAll()}.
 */
class SinganViewModelTest {

    private final FakeStudioEngine engine = new FakeStudioEngine(1);
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private FakeMultiScaleSampler sampler;
    private SinganViewModel model;

    @BeforeEach
    void open() {
        engine.singan.install("dune", "Dune", () -> sampler = new FakeMultiScaleSampler("dune", 5));
        model = new SinganViewModel(new SamplerSession(engine, queue::add, Runnable::run), Path.of("no-objects"));
        model.activate();
        runAll();
        assertThat(model.resultProperty().get()).isNotNull();
    }

    private void runAll() {
        for (Runnable job = queue.poll(); job != null; job = queue.poll()) {
            job.run();
        }
    }

    @Test
    void aDragOfTheStartScaleWhileTheSamplerIsBusyDrawsOnlyTheNewestValue() {
        int before = sampler.calls.get();
        model.samples().startScaleProperty().set(1);
        model.samples().startScaleProperty().set(2);
        model.samples().startScaleProperty().set(3);
        runAll();
        int samples = model.samples().countProperty().get();
        assertThat(sampler.calls.get() - before).isEqualTo(samples);
        assertThat(model.resultProperty().get().scales()).containsExactly(3);
    }

    @Test
    void theStripHasOneSampleOfTheSeedPerScaleAndANewSeedDrawsAgain() {
        assertThat(model.samples().stripProperty().get()).isNotNull();
        long seed = model.seedProperty().get();
        model.newSeed();
        runAll();
        assertThat(model.resultProperty().get().seeds().get(0)).isEqualTo(model.seedProperty().get()).isNotEqualTo(seed);
    }

    @Test
    void theGridAcrossScalesInjectsOncePerScaleAndCancelDropsIt() {
        model.activeToolProperty().set(SinganViewModel.Tool.PAINT);
        runAll();
        int before = sampler.calls.get();
        model.paint().gridAcrossScales();
        runAll();
        assertThat(sampler.calls.get() - before).isEqualTo(4);
        assertThat(model.resultProperty().get().scales()).containsExactly(1, 2, 3, 4);
        model.paint().gridAcrossScales();
        model.cancelWork();
        runAll();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Cancelled.");
    }

    @Test
    void aModelChosenAfterAnotherClosesTheFirstOnTheSamplerThread() {
        FakeMultiScaleSampler first = sampler;
        engine.singan.install("kite", "Kite", () -> new FakeMultiScaleSampler("kite", 4));
        model.samplerSession().refreshModels();
        runAll();
        model.samplerSession().selectedModelProperty().set(model.samplerSession().models().get(1));
        runAll();
        assertThat(first.closed).isTrue();
        assertThat(model.scaleCountProperty().get()).isEqualTo(4);
        assertThat(model.resultProperty().get().modelId()).isEqualTo("kite");
    }
}
