package org.ganstudio.engine.singan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScalePyramidTest {

    private static final SinganConfig PAPER = SinganConfig.paper();

    private static void assertPaperRules(ScalePyramid p, int finestW, int finestH) {
        assertThat(p.finest().width()).isEqualTo(finestW);
        assertThat(p.finest().height()).isEqualTo(finestH);
        int shortSide = Math.min(finestW, finestH);
        int expectedBelow = (int) Math.ceil(Math.log(25.0 / shortSide) / Math.log(0.75));
        assertThat(p.size()).isEqualTo(expectedBelow + 1);
        assertThat(p.coarsest().shortSide()).isBetween(24, 26);
        assertThat(p.scaleFactor()).isCloseTo(Math.pow(25.0 / shortSide, 1.0 / expectedBelow), within(1e-12));
        assertThat(p.scaleFactor()).isGreaterThanOrEqualTo(0.75).isLessThan(1);
        List<Scale> s = p.scales();
        for (int k = 1; k < s.size(); k++) {
            assertThat(s.get(k).width()).isGreaterThan(s.get(k - 1).width());
            assertThat(s.get(k).height()).isGreaterThan(s.get(k - 1).height());
            double ratio = (double) s.get(k).width() / finestW;
            assertThat(ratio).isCloseTo(Math.pow(p.scaleFactor(), s.size() - 1 - k), within(1.0 / finestW));
        }
        double aspect = (double) finestW / finestH;
        assertThat((double) p.coarsest().width() / p.coarsest().height()).isCloseTo(aspect, within(0.08));
    }

    @Test
    void aSquareImageOf250HasNineScalesDownToTwentyFive() {
        ScalePyramid p = ScalePyramid.plan(250, 250, PAPER);
        assertPaperRules(p, 250, 250);
        assertThat(p.size()).isEqualTo(10); // N = ceil(log(0.1) / log(0.75)) = ceil(8.004) = 9 below the finest
        assertThat(p.coarsest().width()).isEqualTo(25);
    }

    @Test
    void aWideImageKeepsItsAspectAndItsShortSideReachesMinSize() {
        assertPaperRules(ScalePyramid.plan(250, 140, PAPER), 250, 140);
    }

    @Test
    void aTallImageIsShrunkToMaxSizeFirst() {
        ScalePyramid p = ScalePyramid.plan(100, 250, PAPER);
        assertPaperRules(p, 100, 250);
        ScalePyramid big = ScalePyramid.plan(1000, 750, PAPER);
        assertPaperRules(big, 250, 188);
        assertThat(big.size()).isEqualTo(9);
    }

    @Test
    void aTinyImageGivesOneOrTwoScales() {
        ScalePyramid p = ScalePyramid.plan(30, 30, PAPER);
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.coarsest().width()).isEqualTo(25);
        assertThat(p.finest().width()).isEqualTo(30);
        assertThat(ScalePyramid.plan(25, 20, PAPER).size()).isEqualTo(1);
        assertThat(ScalePyramid.plan(25, 20, PAPER).scaleFactor()).isEqualTo(1.0);
        assertThatThrownBy(() -> ScalePyramid.plan(250, 8, PAPER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void featuresDoubleEveryFourScalesUpToTheCap() {
        ScalePyramid p = ScalePyramid.plan(250, 250, PAPER);
        assertThat(p.scales().stream().map(Scale::features).toList())
                .containsExactly(32, 32, 32, 32, 64, 64, 64, 64, 128, 128);
        ScalePyramid fast = ScalePyramid.plan(250, 188, SinganConfig.fast());
        assertThat(fast.scales()).allMatch(s -> s.features() == 32);
        assertThat(fast.size()).isLessThan(ScalePyramid.plan(250, 188, PAPER).size());
    }

    @Test
    void resizingToTheSameSizeIsExactAndAreaShrinkingKeepsTheMean() {
        float[] chw = new float[2 * 6 * 4];
        for (int i = 0; i < chw.length; i++) {
            chw[i] = (float) Math.sin(i * 0.7);
        }
        assertThat(Resampling.resize(chw, 2, 6, 4, 6, 4)).containsExactly(chw);
        float[] small = Resampling.resize(chw, 2, 6, 4, 4, 3);
        for (int c = 0; c < 2; c++) {
            double a = 0;
            double b = 0;
            for (int i = 0; i < 24; i++) {
                a += chw[c * 24 + i];
            }
            for (int i = 0; i < 12; i++) {
                b += small[c * 12 + i];
            }
            assertThat(b / 12).isCloseTo(a / 24, within(1e-5));
        }
    }
}
