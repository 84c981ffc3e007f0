package org.ganstudio.engine.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.dcgan.DcganFamily;
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

    private static final List<ConfigField> DCGAN = RunFields.formFor(new DcganFamily(), 64);

    @Test
    void aKeyTheFamilyDoesNotHaveIsRefusedNamingItAndTheValidKeys() {
        assertThatThrownBy(() -> RunFields.validate(DCGAN, Map.of("stepz", "10")))
                .isInstanceOf(StudioException.class)
                .hasMessageContaining("stepz")
                .hasMessageContaining("imageSize").hasMessageContaining("learningRate").hasMessageContaining("steps");
        assertThatThrownBy(() -> RunFields.parse(DCGAN, Map.of("dropout", "0.5", "steps", "10")))
                .as("a Pix2Pix setting on DCGAN").hasMessageContaining("dropout");
    }

    @Test
    void valuesOutOfRangeOrNotFiniteAreRefusedWithPlainSentences() {
        assertThatThrownBy(() -> RunFields.parse(DCGAN, Map.of("batchSize", "0")))
                .hasMessageContaining("Batch size must be between 1 and 1024");
        assertThatThrownBy(() -> RunFields.parse(DCGAN, Map.of("imageSize", "48")))
                .hasMessageContaining("Image size must be one of 64, 32, 28");
        assertThatThrownBy(() -> RunFields.parse(DCGAN, Map.of("steps", "-3")))
                .hasMessageContaining("Training steps must be between 1 and 10000000");
        for (String lying : List.of("NaN", "Infinity", "-Infinity")) {
            assertThatThrownBy(() -> RunFields.parse(DCGAN, Map.of("learningRate", lying)))
                    .as(lying).hasMessageContaining("Learning rate must be a finite number");
        }
        assertThatThrownBy(() -> RunFields.parse(DCGAN, Map.of("learningRate", "-0.001")))
                .hasMessageContaining("Learning rate must be between 0.000001 and 0.1");
    }

    @Test
    void everyFieldOfEveryFamilyHasARangeOrChoices() {
        for (var family : List.of(new DcganFamily(), new org.ganstudio.engine.pix2pix.Pix2PixFamily())) {
            for (ConfigField field : RunFields.formFor(family, 1)) {
                if (field.kind() == ConfigField.Kind.CHOICE) {
                    assertThat(field.choices()).as(field.key()).isNotEmpty();
                } else {
                    assertThat(field.min()).as(field.key()).isLessThanOrEqualTo(field.max());
                    assertThat(Double.isFinite(field.min()) && Double.isFinite(field.max())).as(field.key()).isTrue();
                    assertThat(field.validate(Double.toString(field.max() * 2 + 1))).as(field.key()).isNotNull();
                }
                assertThat(field.validate(field.defaultValue())).as(field.key()).isNull();
            }
        }
    }
}
