package org.ganstudio.app.singan;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ganstudio.engine.api.MultiScaleSampler;

/**
 * Super-resolution (the paper's Fig. 12): the training picture enlarged 2 or 4 times by the finest generator. One call
 * of up to seconds, run as long work: the studio shows it busy (the engine reports no steps) and Cancel drops it.
 */
public final class EnlargeTool {

    private final SinganViewModel studio;

    EnlargeTool(SinganViewModel studio) {
        this.studio = studio;
    }

    void modelChanged(MultiScaleSampler s) {
        // nothing kept per model
    }

    /** Enlarges the training picture {@code factor} (2 or 4) times. */
    public void superResolve(int factor) {
        MultiScaleSampler s = studio.sampler();
        if (s == null) {
            return;
        }
        long seed = studio.seedProperty().get();
        AtomicBoolean cancelled = studio.work("Enlarging " + factor + "x\u2026");
        studio.session().tasks().run(() -> new ToolResult(s.superResolve(factor, seed), "super-resolution",
                s.modelId(), List.of(s.scales().size() - 1), List.of(seed), null, null, Map.of("factor", factor)),
                made -> {
                    if (studio.done(cancelled) && studio.session().isCurrent(s)) {
                        studio.showResult(SinganViewModel.Tool.ENLARGE, made);
                        studio.say("Enlarged " + factor + "x: " + made.image().getWidth() + " x "
                                + made.image().getHeight() + " px.", false);
                    }
                }, error -> {
                    studio.done(cancelled);
                    studio.say(error, true);
                });
    }
}
