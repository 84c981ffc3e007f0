package org.ganstudio.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepLabelsTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "750, 750", "999, 999", "1000, 1k", "1500, 1.5k", "2000, 2k", "12500, 12.5k", "45000, 45k",
            "999999, 999999", "999000, 999k", "1200000, 1.2M", "1250000, 1250k", "-1500, -1.5k", "1050, 1050"})
    void stepsAreShortenedWithKAndMOnlyWhereTheShortLabelIsExact(long step, String label) {
        assertThat(new StepLabels().toString(step)).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"1, 2, 1", "0, 2, 1", "1, 1, 1", "0, 25, 5", "0, 400, 50", "1000, 1100, 10", "0, 1500, 200",
            "0, 100000, 10000"})
    void theTickUnitIsAWholeNiceNumberOfAtLeastOneStep(long first, long last, long unit) {
        assertThat(StepLabels.tickUnit(first, last)).isEqualTo(unit);
    }
}
