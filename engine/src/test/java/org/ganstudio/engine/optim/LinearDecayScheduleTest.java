package org.ganstudio.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearDecayScheduleTest {

    @Test
    void tenStepsHalfConstantFollowTheReferenceLinearPolicyByHand() {
        LinearDecaySchedule schedule = new LinearDecaySchedule(2e-4, 0.5);
        // T = 10, C = 5: steps 0..4 at 1, then 1 - (t - 4) / 6: 5/6, 4/6, 3/6, 2/6, 1/6
        double[] factors = {1, 1, 1, 1, 1, 5 / 6.0, 4 / 6.0, 3 / 6.0, 2 / 6.0, 1 / 6.0};
        for (int t = 0; t < 10; t++) {
            assertThat(schedule.rate(t, 10)).as("step %d", t).isCloseTo(2e-4 * factors[t], within(1e-15));
        }
        assertThat(schedule.constantSteps(10)).isEqualTo(5);
    }

    @Test
    void theReferenceEpochSettingGivesItsNumbers() {
        // 100 constant + 100 decaying "epochs": the 101st runs at 1 - 1/101, the last at 1/101
        LinearDecaySchedule schedule = new LinearDecaySchedule(1, 0.5);
        assertThat(schedule.rate(99, 200)).isEqualTo(1.0);
        assertThat(schedule.rate(100, 200)).isCloseTo(1 - 1 / 101.0, within(1e-12));
        assertThat(schedule.rate(199, 200)).isCloseTo(1 / 101.0, within(1e-12));
    }

    @Test
    void decayFromTheStartOrNeverAndStepsPastTheEnd() {
        assertThat(new LinearDecaySchedule(1, 0).rate(0, 4)).isCloseTo(4 / 5.0, within(1e-12));
        assertThat(new LinearDecaySchedule(1, 1).rate(3, 4)).isEqualTo(1.0);
        assertThat(new LinearDecaySchedule(1, 0.5).rate(1000, 4)).isEqualTo(new LinearDecaySchedule(1, 0.5).rate(3, 4));
        assertThatThrownBy(() -> new LinearDecaySchedule(1, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinearDecaySchedule(1, 0.5).rate(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
