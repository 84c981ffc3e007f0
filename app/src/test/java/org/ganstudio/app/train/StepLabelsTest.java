package org.ganstudio.app.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepLabelsTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "750, 750", "999, 999", "1000, 1k", "1500, 1.5k", "2000, 2k", "12500, 13k", "45000, 45k",
            "999999, 1M", "999000, 999k", "1200000, 1.2M", "-1500, -1.5k"})
    void stepsAreShortenedWithKAndM(long step, String label) {
        assertThat(new StepLabels().toString(step)).isEqualTo(label);
    }
}
