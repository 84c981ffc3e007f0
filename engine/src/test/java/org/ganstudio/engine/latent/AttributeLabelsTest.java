package org.ganstudio.engine.latent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** labels.tsv read by hand-made files, and the sliders' rules on hand-picked faces. */
class AttributeLabelsTest {

    @TempDir
    Path temp;

    private Path folder(String tsv, String... files) throws Exception {
        for (String file : files) {
            Files.write(temp.resolve(file), new byte[] {1});
        }
        Files.writeString(temp.resolve("labels.tsv"), tsv);
        return temp;
    }

    @Test
    void rowsAreReadByTheirHeaderUnknownColumnsIgnoredAndMissingFilesCounted() throws Exception {
        Path folder = folder("""
                extra\tfile\tset\tcodepoint\tsubcategory\tattributes
                x\ta.png\tnoto\t1f468-1f3ff-200d-1f9b0\tperson\tmale,red_hair,tone_1f3ff
                x\tb.png\tnoto\t1f600\tface-smiling\tsmiling
                x\tgone.png\tnoto\t1f601\tface-smiling\tsmiling
                x\tc.png\tnoto\t1f42d\tanimal-mammal\t

                """, "a.png", "b.png", "c.png");

        AttributeLabels labels = AttributeLabels.read(folder);

        assertThat(labels.missing()).isEqualTo(1);
        assertThat(labels.faces()).extracting(AttributeLabels.Face::file).containsExactly("a.png", "b.png", "c.png");
        AttributeLabels.Face man = labels.faces().get(0);
        assertThat(man.attributes()).containsExactlyInAnyOrder("male", "red_hair", "tone_1f3ff");
        assertThat(man.subcategory()).isEqualTo("person");
        assertThat(man.group()).isEqualTo("1f468-200d-1f9b0"); // the tone taken out
        assertThat(labels.faces().get(2).attributes()).isEmpty();
    }

    @Test
    void onlyFileAndAttributesAreNeeded() throws Exception {
        AttributeLabels labels = AttributeLabels.read(folder("attributes\tfile\nglasses\ta.png\n", "a.png"));
        assertThat(labels.faces().get(0).attributes()).containsExactly("glasses");
        assertThat(labels.faces().get(0).group()).isEqualTo("a.png");
    }

    @Test
    void aMissingOrDamagedFileIsRefusedWithAReason() throws Exception {
        assertThatThrownBy(() -> AttributeLabels.read(temp)).isInstanceOf(StudioException.class)
                .hasMessageContaining("has no labels.tsv");
        assertThatThrownBy(() -> AttributeLabels.read(folder(""))).isInstanceOf(StudioException.class)
                .hasMessageContaining("it is empty");
        assertThatThrownBy(() -> AttributeLabels.read(folder("file\tset\na.png\tnoto\n"))).isInstanceOf(StudioException.class)
                .hasMessageContaining("no \"attributes\" column");
        assertThatThrownBy(() -> AttributeLabels.read(folder("file\tset\tattributes\na.png\tnoto\n")))
                .isInstanceOf(StudioException.class).hasMessageContaining("line 2 has 2 columns, the header 3");
        assertThatThrownBy(() -> AttributeLabels.read(folder("file\tattributes\n../x.png\tmale\n")))
                .isInstanceOf(StudioException.class).hasMessageContaining("names no plain file");
    }

    @Test
    void eachSliderTakesItsTwoSidesAndLeavesTheRestOut() throws Exception {
        Path folder = folder("""
                file\tcodepoint\tsubcategory\tattributes
                grin.png\t1f600\tface-smiling\tsmiling
                frown.png\t1f641\tface-concerned\t
                nerd.png\t1f913\tface-glasses\tglasses,smiling
                cool.png\t1f60e\tface-glasses\tsunglasses,smiling
                man-dark.png\t1f468-1f3ff\tperson\tmale,tone_1f3ff
                woman-light.png\t1f469-1f3fb\tperson\tfemale,tone_1f3fb
                woman-yellow.png\t1f469\tperson\tfemale
                beard-man.png\t1f9d4-200d-2642\tperson\tmale,beard
                old-man.png\t1f474\tperson\tmale,old
                blond.png\t1f471\tperson\tblond
                mouse.png\t1f42d\tanimal-mammal\t
                """, "grin.png", "frown.png", "nerd.png", "cool.png", "man-dark.png", "woman-light.png",
                "woman-yellow.png", "beard-man.png", "old-man.png", "blond.png", "mouse.png");
        AttributeLabels labels = AttributeLabels.read(folder);
        Map<String, AttributeSlider> sliders = AttributeSlider.STANDARD.stream()
                .collect(Collectors.toMap(AttributeSlider::name, Function.identity()));

        assertSides(labels, sliders.get("smile"), List.of("grin.png", "nerd.png", "cool.png"), List.of("frown.png"));
        assertSides(labels, sliders.get("woman / man"), List.of("man-dark.png", "beard-man.png", "old-man.png"),
                List.of("woman-light.png", "woman-yellow.png"));
        assertSides(labels, sliders.get("skin tone"), List.of("man-dark.png"), List.of("woman-light.png"));
        assertSides(labels, sliders.get("glasses"), List.of("nerd.png", "cool.png"), List.of("grin.png", "frown.png",
                "man-dark.png", "woman-light.png", "woman-yellow.png", "beard-man.png", "old-man.png", "blond.png"));
        assertSides(labels, sliders.get("beard"), List.of("beard-man.png"), List.of("man-dark.png", "old-man.png"));
        assertSides(labels, sliders.get("old"), List.of("old-man.png"), List.of("man-dark.png", "woman-light.png",
                "woman-yellow.png", "beard-man.png", "blond.png"));
        assertSides(labels, sliders.get("hair: blond"), List.of("blond.png"), List.of("man-dark.png",
                "woman-light.png", "woman-yellow.png", "beard-man.png", "old-man.png"));
        assertThat(labels.sides(sliders.get("skin tone")).enough(1)).isTrue();
        assertThat(labels.sides(sliders.get("skin tone")).enough(2)).isFalse();
    }

    private static void assertSides(AttributeLabels labels, AttributeSlider slider, List<String> positives,
            List<String> negatives) {
        AttributeLabels.Sides sides = labels.sides(slider);
        assertThat(sides.positives()).as(slider.name() + " +").extracting(AttributeLabels.Face::file)
                .containsExactlyElementsOf(positives);
        assertThat(sides.negatives()).as(slider.name() + " -").extracting(AttributeLabels.Face::file)
                .containsExactlyElementsOf(negatives);
    }
}
