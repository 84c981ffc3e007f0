package org.ganstudio.engine.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import java.nio.file.Path;
import java.util.Map;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.NumericCheck;
import org.ganstudio.engine.api.NumericsReport;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TrainingRequest;
import org.ganstudio.engine.core.DefaultStudioEngine;
import org.ganstudio.engine.nn.ConvolutionMode;
import org.ganstudio.engine.nn.Convolutions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-check passes real convolutions, and its failure paths work when a convolution is made wrong on purpose. */
class NumericSelfCheckTest {

    private static final Device CPU = Device.cpu();

    @AfterEach
    void restoreTheDefaultMode() {
        Convolutions.setMode(ConvolutionMode.CHANNEL_PADDED);
    }

    @Test
    void theStudiosConvolutionsPassInThePreferredModeOnTheCpu() {
        NumericsReport report = new NumericSelfCheck().establish(CPU);

        assertThat(report.trustworthy()).isTrue();
        assertThat(report.fellBack()).as(report.summary()).isFalse();
        assertThat(Convolutions.mode()).isEqualTo(ConvolutionMode.CHANNEL_PADDED);
        assertThat(report.checks()).hasSize(ConvolutionCase.studioShapes().size()).allMatch(NumericCheck::passed);
        assertThat(report.summary()).startsWith("Numbers checked: 8 convolution shapes correct");
    }

    @Test
    void whenThePaddedConvolutionGivesNanTheStudioFallsBackToMatrixProductsAndSaysSo() {
        NumericSelfCheck check = new NumericSelfCheck((x, w, stride, padding, mode) -> {
            NDArray y = Convolutions.conv2d(x, w, null, stride, padding, mode);
            return mode == ConvolutionMode.CHANNEL_PADDED ? y.mul(Float.NaN) : y;
        });

        NumericsReport report = check.establish(CPU);

        assertThat(report.trustworthy()).isTrue();
        assertThat(report.fellBack()).isTrue();
        assertThat(Convolutions.mode()).isEqualTo(ConvolutionMode.MATRIX_PRODUCT);
        assertThat(report.mode()).isEqualTo(ConvolutionMode.MATRIX_PRODUCT.description());
        assertThat(report.summary()).startsWith("Safe mode: library convolutions, filters padded to 16 (output not finite at")
                .contains("convolutions now use matrix products");
    }

    @Test
    void aWrongFiniteGradientIsCaughtNotOnlyNan() {
        // a convolution whose forward is right but whose backward is 1 % off: y + 0.01 * (y - y.detached)
        NumericSelfCheck check = new NumericSelfCheck((x, w, stride, padding, mode) -> {
            NDArray y = Convolutions.conv2d(x, w, null, stride, padding, mode);
            return y.add(y.sub(y.stopGradient()).mul(0.01f));
        });

        var checks = check.check(ConvolutionMode.CHANNEL_PADDED, CPU);

        assertThat(checks).noneMatch(NumericCheck::passed);
        assertThat(checks.get(0).worstPart()).isIn("input gradient", "weight gradient", "second-order gradient");
        assertThat(checks.get(0).relativeError()).isBetween(5e-3, 5e-2);
    }

    @Test
    void whenEveryWayIsWrongTheReportSaysSoAndTheEngineRefusesToTrain(@TempDir Path dir) {
        NumericSelfCheck check = new NumericSelfCheck((x, w, stride, padding, mode) ->
                Convolutions.conv2d(x, w, null, stride, padding, mode).mul(1.5f));
        NumericsReport report = check.establish(CPU);

        assertThat(report.trustworthy()).isFalse();
        assertThat(report.summary()).startsWith("Wrong numbers:").contains("Training is switched off");

        try (DefaultStudioEngine engine = new DefaultStudioEngine("test", device -> report)) {
            TrainingRequest request = new TrainingRequest(ModelFamily.DCGAN, dir.resolve("data"), dir.resolve("run"),
                    Map.of(), null);
            assertThatThrownBy(() -> engine.startTraining(request, snapshot -> { }))
                    .isInstanceOf(StudioException.class).hasMessageContaining("Training is switched off");
            assertThatThrownBy(() -> engine.resumeTraining(dir.resolve("run/checkpoints/step-00000010"), snapshot -> { }))
                    .isInstanceOf(StudioException.class).hasMessageContaining("Training is switched off");
        }
    }

    @Test
    void theForcedModePropertyIsTheOnlyCandidate() {
        System.setProperty(NumericSelfCheck.MODE_PROPERTY, "matrix");
        try {
            assertThat(NumericSelfCheck.candidates(CPU)).containsExactly(ConvolutionMode.MATRIX_PRODUCT);
        } finally {
            System.clearProperty(NumericSelfCheck.MODE_PROPERTY);
        }
        assertThat(NumericSelfCheck.candidates(CPU)).containsExactly(ConvolutionMode.CHANNEL_PADDED,
                ConvolutionMode.MATRIX_PRODUCT);
        assertThatThrownBy(() -> NumericSelfCheck.parse("fast")).hasMessageContaining("native, padded or matrix");
    }

    @Test
    void aNonFiniteResultIsAnInfiniteError() {
        assertThat(ConvolutionCheck.relativeError(new double[] {1, Double.NaN}, new double[] {1, 2})).isNaN();
        assertThat(ConvolutionCheck.relativeError(new double[] {1, 2.002}, new double[] {1, 2})).isCloseTo(1e-3,
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
