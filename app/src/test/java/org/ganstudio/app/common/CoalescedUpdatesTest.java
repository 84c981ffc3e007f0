package org.ganstudio.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class CoalescedUpdatesTest {
    private final Queue<Runnable> ui = new ArrayDeque<>();
    private final List<String> shown = new ArrayList<>();

    private void runUi() {
        while (!ui.isEmpty()) {
            ui.poll().run();
        }
    }

    @Test
    void manyOffersQueueOneUpdateThatShowsTheNewest() {
        CoalescedUpdates<String> updates = new CoalescedUpdates<>(ui::add, shown::add);
        updates.offer("1");
        updates.offer("2");
        updates.offer("3");
        assertThat(ui).hasSize(1);
        runUi();
        assertThat(shown).containsExactly("3");

        updates.offer("4");
        assertThat(ui).as("a new update once the last one ran").hasSize(1);
        updates.clear();
        runUi();
        assertThat(shown).as("a cleared value is not shown").containsExactly("3");
    }

    @Test
    void theKeepRuleCanHoldOnToAValue() {
        CoalescedUpdates<String> updates = new CoalescedUpdates<>(ui::add, shown::add,
                (waiting, offered) -> "FINAL".equals(waiting) ? waiting : offered);
        updates.offer("running");
        updates.offer("FINAL");
        updates.offer("late running");
        runUi();
        assertThat(shown).containsExactly("FINAL");
    }
}
