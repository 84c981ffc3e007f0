package org.ganstudio.engine.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.ganstudio.engine.api.DataKind;
import org.ganstudio.engine.api.Engines;
import org.ganstudio.engine.api.ImageGenerator;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.ModelFamily;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TwoWayTranslator;
import org.ganstudio.engine.dcgan.DcganFamily;
import org.ganstudio.engine.pix2pix.Pix2PixFamily;
import org.junit.jupiter.api.Test;

/** Families are found through ServiceLoader registrations, and models are opened by what they can do. */
class FamiliesTest {

    private static final Path SKETCH_MODEL = Path.of("..", "models", "pix2pix-edges2shoes-64");
    private static final Path FACES_MODEL = Path.of("..", "models", "dcgan-emoji-faces-64");

    @Test
    void theRegisteredFamiliesAreFoundWithTheirDataKinds() {
        assertThat(Families.all()).containsOnlyKeys(ModelFamily.DCGAN, ModelFamily.PIX2PIX, ModelFamily.SINGAN,
                ModelFamily.CYCLEGAN);
        assertThat(Families.get(ModelFamily.DCGAN)).isInstanceOf(DcganFamily.class);
        assertThat(Families.get(ModelFamily.PIX2PIX)).isInstanceOf(Pix2PixFamily.class);
        StudioEngine engine = Engines.create();
        assertThat(engine).isInstanceOf(DefaultStudioEngine.class);
        assertThat(engine.availableFamilies()).containsExactlyInAnyOrder(ModelFamily.DCGAN, ModelFamily.PIX2PIX, ModelFamily.SINGAN,
                ModelFamily.CYCLEGAN);
        assertThat(engine.dataKind(ModelFamily.CYCLEGAN)).isEqualTo(DataKind.UNPAIRED);
        assertThat(engine.dataKind(ModelFamily.DCGAN)).isEqualTo(DataKind.IMAGES);
        assertThat(engine.dataKind(ModelFamily.PIX2PIX)).isEqualTo(DataKind.PAIRS);
        assertThatThrownBy(() -> engine.dataKind(ModelFamily.STYLE)).isInstanceOf(StudioException.class)
                .hasMessageContaining("not available in this build");
    }

    @Test
    void eachCapabilityNamesTheFamiliesThatServeIt() {
        assertThat(Families.offering(ImageGenerator.class)).containsExactly("DCGAN");
        assertThat(Families.offering(ImageTranslator.class)).containsExactly("CycleGAN", "Pix2Pix");
        assertThat(Families.offering(TwoWayTranslator.class)).containsExactly("CycleGAN");
        assertThat(Families.offering(String.class)).isEmpty();
    }

    @Test
    void aModelIsOpenedByCapabilityAndAWrongOneIsRefusedWithTheFamilyThatWouldServe() {
        StudioEngine engine = Engines.create();
        try (ImageTranslator sketch = engine.openTranslator(SKETCH_MODEL)) {
            assertThat(sketch.imageSize()).isEqualTo(64);
        }
        try (ImageGenerator faces = engine.openGenerator(FACES_MODEL)) {
            assertThat(faces.imageSize()).isEqualTo(64);
        }
        assertThatThrownBy(() -> engine.openGenerator(SKETCH_MODEL)).isInstanceOf(StudioException.class)
                .hasMessageContaining("is a Pix2Pix model, not a DCGAN model");
        assertThatThrownBy(() -> engine.openTranslator(FACES_MODEL)).isInstanceOf(StudioException.class)
                .hasMessageContaining("is a DCGAN model, not a CycleGAN or a Pix2Pix model");
    }
}
