package org.ganstudio.app.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Queue;
import org.ganstudio.app.FakeGenerator;
import org.ganstudio.app.FakeStudioEngine;
import org.ganstudio.app.arithmetic.ArithmeticViewModel.Slot;
import org.ganstudio.app.latent.GeneratorSession;
import org.ganstudio.app.latent.LatentViewModel;
import org.ganstudio.engine.api.LatentBookmark;
import org.ganstudio.engine.api.Latents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Arithmetic studio's view model over a {@link FakeGenerator}, its generator thread run by hand. */
class ArithmeticViewModelTest {

    private final FakeStudioEngine engine = new FakeStudioEngine(1);
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private FakeGenerator generator;
    private GeneratorSession session;
    private ArithmeticViewModel model;

    @BeforeEach
    void open() {
        engine.installGenerator("faces", "Faces", () -> generator = new FakeGenerator("faces"));
        session = new GeneratorSession(engine, queue::add, Runnable::run);
        model = new ArithmeticViewModel(session);
        model.activate();
        runAll();
        assertThat(model.candidates()).hasSize(ArithmeticViewModel.CANDIDATES);
    }

    private void runAll() {
        for (Runnable job = queue.poll(); job != null; job = queue.poll()) {
            job.run();
        }
    }

    private void add(Slot slot, int... candidates) {
        model.targetProperty().set(slot);
        for (int c : candidates) {
            model.addCandidate(c);
        }
    }

    @Test
    void theResultIsTheMeanOfAMinusTheMeanOfBPlusTheMeanOfC() {
        add(Slot.A, 0, 1);
        add(Slot.B, 2);
        runAll();
        assertThat(model.resultLatentProperty().get()).isNull();
        assertThat(model.resultImageProperty().get()).isNull();
        assertThat(model.meanImageProperty(Slot.A).get()).isNotNull();
        assertThat(model.messageProperty().get()).contains("1 slot is still empty");
        add(Slot.C, 3, 4, 5);
        runAll();
        float[] a = Latents.mean(java.util.List.of(latent(0), latent(1)));
        float[] c = Latents.mean(java.util.List.of(latent(3), latent(4), latent(5)));
        float[] expected = Latents.arithmetic(a, latent(2), c);
        assertThat(model.resultLatentProperty().get()).containsExactly(expected);
        assertThat(generator.generated).anySatisfy(z -> assertThat(z).containsExactly(expected));
        assertThat(model.resultImageProperty().get()).isNotNull();
        assertThat(model.gridImageProperty().get()).isNotNull();
        assertThat(model.upToDateProperty().get()).isTrue();
    }

    @Test
    void theBlendGoesFromTheMeanOfCToTheResult() {
        add(Slot.A, 0);
        add(Slot.B, 1);
        add(Slot.C, 2);
        runAll();
        model.blendProperty().set(0);
        runAll();
        assertThat(generator.generated.get(generator.generated.size() - 1)).containsExactly(latent(2));
        model.blendProperty().set(1);
        runAll();
        assertThat(generator.generated.get(generator.generated.size() - 1))
                .containsExactly(model.resultLatentProperty().get());
        assertThat(model.blendImageProperty().get()).isNotNull();
    }

    @Test
    void theResultSavedAsABookmarkIsSharedWithTheLatentStudio() {
        LatentViewModel latent = new LatentViewModel(session);
        add(Slot.A, 0);
        add(Slot.B, 1);
        add(Slot.C, 2);
        runAll();
        model.saveResult("smiling man");
        assertThat(latent.bookmarks()).extracting(LatentBookmark::name).containsExactly("smiling man");
        assertThat(latent.bookmarks().get(0).latent()).containsExactly(model.resultLatentProperty().get());
        model.clear(Slot.B);
        runAll();
        assertThat(model.resultLatentProperty().get()).isNull();
        model.addBookmark(Slot.B, latent.bookmarks().get(0));
        runAll();
        assertThat(model.exemplars(Slot.B)).hasSize(1);
        assertThat(model.resultLatentProperty().get()).isNotNull();
    }

    private float[] latent(int candidate) {
        return model.candidates().get(candidate).latent();
    }
}
