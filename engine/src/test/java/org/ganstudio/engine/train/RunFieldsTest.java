package org.ganstudio.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;

class RunFieldsTest {

    private static final List<ConfigField> FORM = RunFields.fields(16);

    @Test
    void keepCheckpointsIsARunSettingThatDefaultsToThree() {
        assertThat(RunFields.parse(FORM, Map.of()).keepCheckpoints()).isEqualTo(3);
        assertThat(RunFields.parse(FORM, Map.of("keepCheckpoints", "5")).keepCheckpoints()).isEqualTo(5);
    }

    @Test
    void keepCheckpointsOutOfRangeOrNotANumberIsRefusedWithTheOtherProblems() {
        assertThatThrownBy(() -> RunFields.parse(FORM, Map.of("keepCheckpoints", "0")))
                .isInstanceOf(StudioException.class).hasMessageContaining("Checkpoints kept must be between 1 and 1000");
        assertThatThrownBy(() -> RunFields.parse(FORM, Map.of("keepCheckpoints", "1001")))
                .hasMessageContaining("Checkpoints kept must be between 1 and 1000");
        assertThatThrownBy(() -> RunFields.parse(FORM, Map.of("keepCheckpoints", "all", "steps", "0")))
                .hasMessageContaining("Checkpoints kept must be a whole number")
                .hasMessageContaining("Training steps must be between 1 and 10000000");
    }
}
