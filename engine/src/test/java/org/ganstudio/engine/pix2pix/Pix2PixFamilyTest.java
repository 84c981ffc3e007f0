package org.ganstudio.engine.pix2pix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.ganstudio.engine.api.ConfigField;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.core.Families;
import org.junit.jupiter.api.Test;

class Pix2PixFamilyTest {

    private final Pix2PixFamily family = new Pix2PixFamily();

    @Test
    void anEmptyFormGivesThePapersSettings() {
        Pix2PixConfig paper = family.parseConfig(Map.of());
        assertThat(paper).isEqualTo(Pix2PixConfig.paper());
        assertThat(paper.imageSize()).isEqualTo(256);
        assertThat(paper.norm()).isEqualTo(Pix2PixConfig.Norm.BATCH);
        assertThat(paper.lambdaL1()).isEqualTo(100);
        assertThat(paper.learningRate()).isEqualTo(2e-4);
        for (ConfigField field : family.modelFields()) {
            assertThat(field.validate(field.defaultValue())).as(field.key()).isNull();
        }
    }

    @Test
    void theFormsChoicesBecomeTheConfig() {
        Pix2PixConfig c = family.parseConfig(Map.of("imageSize", "64", "inputChannels", "grey", "outputChannels", "colour",
                "norm", "instance", "ganLoss", "lsgan", "lambdaL1", "10", "generatorFeatures", "16", "decayStart", "1"));
        assertThat(c).isEqualTo(new Pix2PixConfig(64, 1, 3, 16, 64, Pix2PixConfig.Norm.INSTANCE, Pix2PixConfig.GanLoss.LSGAN,
                10, 0.5, 2e-4, 0.5, 1, Pix2PixConfig.Augmentation.NONE));
        assertThat(family.inferenceFiles(java.nio.file.Path.of("no-such-folder"))).containsExactly("generator.params");
    }

    @Test
    void theConfigRefusesWhatThePaperCannotBuild() {
        Pix2PixConfig p = Pix2PixConfig.paper();
        assertThatThrownBy(() -> p.withImages(32, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withImages(256, 2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pix2PixConfig(256, 3, 3, 64, 64, Pix2PixConfig.Norm.BATCH, Pix2PixConfig.GanLoss.VANILLA,
                100, 1.0, 2e-4, 0.5, 0.5, Pix2PixConfig.Augmentation.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawingAugmentationIsChosenOnTheFormAndNeedsGreyInput() {
        Pix2PixConfig c = family.parseConfig(Map.of("imageSize", "64", "inputChannels", "grey", "augmentation", "drawings"));
        assertThat(c.augmentation()).isEqualTo(Pix2PixConfig.Augmentation.DRAWINGS);
        assertThatThrownBy(() -> family.parseConfig(Map.of("augmentation", "drawings")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grey");
        assertThat(c.withImages(64, 3, 3).augmentation()).isEqualTo(Pix2PixConfig.Augmentation.NONE);
    }

    @Test
    void aConfigOfTheFirstSchemaReadsAsTrainedWithoutAugmentationAndANewerOneMustSayIt() throws Exception {
        var old = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().valueToTree(PairFixtures.tiny(64, 1, 1));
        old.remove("augmentation");
        var newer = old.deepCopy();
        family.upgradeConfig(1, old);
        assertThat(old.get("augmentation").asText()).isEqualTo("NONE");
        assertThat(Json.mapper().treeToValue(old, Pix2PixConfig.class)).isEqualTo(PairFixtures.tiny(64, 1, 1));
        family.upgradeConfig(2, newer);
        assertThat(newer.has("augmentation")).as("schema 2 files carry the field; a missing one stays missing").isFalse();
    }

    @Test
    void theConfigSurvivesConfigJson() throws Exception {
        Pix2PixConfig c = PairFixtures.tiny(128, 1, 3);
        var tree = Json.mapper().valueToTree(c);
        assertThat(Json.mapper().treeToValue(tree, Pix2PixConfig.class)).isEqualTo(c);
        assertThat(tree.has("depth")).isFalse();
    }

    @Test
    void theStudioListsPix2PixAsTrainableWithThePapersBatchOfOne() {
        assertThat(Families.all()).containsKey(ModelFamily.PIX2PIX);
        assertThat(Families.get(ModelFamily.PIX2PIX)).isInstanceOf(Pix2PixFamily.class);
        assertThat(Families.defaultBatch(ModelFamily.PIX2PIX)).isEqualTo(1);
        assertThat(Families.defaultBatch(ModelFamily.DCGAN)).isEqualTo(64);
    }
}
