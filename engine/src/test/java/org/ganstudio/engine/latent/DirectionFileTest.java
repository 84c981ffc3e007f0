package org.ganstudio.engine.latent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganstudio.engine.api.LatentDirection;
import org.ganstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** directions.json: written and read back exactly; every kind of damage refused with the file and direction named. */
class DirectionFileTest {

    @TempDir
    Path temp;

    static DirectionFile.Contents contents() {
        float s = (float) Math.sqrt(0.5);
        return new DirectionFile.Contents("emoji-faces-64", 2000, 7, 2.0, List.of(
                new DirectionFile.Entry(new LatentDirection("smile", LatentDirection.Kind.ATTRIBUTE,
                        new float[] {s, 0, 0, -s}, 1.02), 112, 180, 0.86, 0.21, 0.74),
                new DirectionFile.Entry(new LatentDirection("skin tone", LatentDirection.Kind.ATTRIBUTE,
                        new float[] {0, 0, 1, 0}, 0.97), 40, 40, 0.95, 0.1, 0.9)));
    }

    private Path written(String json) throws Exception {
        return Files.writeString(temp.resolve("directions.json"), json);
    }

    private String good() {
        return new String(DirectionFile.bytes(contents(), 4), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void whatIsWrittenIsReadBackExactly() throws Exception {
        Path file = Files.write(temp.resolve("directions.json"), DirectionFile.bytes(contents(), 4));

        DirectionFile.Contents read = DirectionFile.read(file, 4);

        assertThat(read.data()).isEqualTo("emoji-faces-64");
        assertThat(read.samples()).isEqualTo(2000);
        assertThat(read.seed()).isEqualTo(7);
        assertThat(read.effectSpreads()).isEqualTo(2.0);
        assertThat(read.entries()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            DirectionFile.Entry a = contents().entries().get(i);
            DirectionFile.Entry b = read.entries().get(i);
            assertThat(b.direction().name()).isEqualTo(a.direction().name());
            assertThat(b.direction().kind()).isEqualTo(LatentDirection.Kind.ATTRIBUTE);
            assertThat(b.direction().vector()).containsExactly(a.direction().vector());
            assertThat(b.direction().spread()).isEqualTo(a.direction().spread());
            assertThat(List.of(b.positives(), b.negatives())).containsExactly(a.positives(), a.negatives());
            assertThat(List.of(b.balancedAccuracy(), b.scoreMinus(), b.scorePlus()))
                    .containsExactly(a.balancedAccuracy(), a.scoreMinus(), a.scorePlus());
        }
        assertThat(read.directions()).extracting(LatentDirection::name).containsExactly("smile", "skin tone");
        assertThat(good()).contains("\"format\" : \"gan-studio-directions\"").contains("\"version\" : 1")
                .contains("\"latentSize\" : 4");
    }

    @Test
    void aFileForAnotherLatentSizeIsRefused() throws Exception {
        Path file = written(good());
        assertThatThrownBy(() -> DirectionFile.read(file, 8)).isInstanceOf(StudioException.class)
                .hasMessageContaining("written for latents of 4 values; this model's have 8");
        assertThatThrownBy(() -> DirectionFile.bytes(contents(), 8)).isInstanceOf(StudioException.class)
                .hasMessageContaining("\"smile\" has 4 values");
    }

    @Test
    void damageOfEachKindIsRefusedWithAReason() throws Exception {
        String good = good();
        assertRefused(good.substring(0, good.length() / 2), "not valid JSON");
        assertRefused(good.replace("gan-studio-directions", "something-else"), "not a GAN Studio directions file");
        assertRefused(good.replace("\"version\" : 1", "\"version\" : 2"), "written by a newer GAN Studio (version 2)");
        assertRefused(good.replace("\"seed\" : 7", "\"seed\" : 7, \"colour\" : 1"), "property \"colour\"");
        assertRefused(good.replace("\"kind\" : \"ATTRIBUTE\"", "\"kind\" : \"MAGIC\""), "(\"smile\") has no known \"kind\" (MAGIC)");
        assertRefused(good.replace("\"spread\" : 1.02", "\"spread\" : -1"), "(\"smile\") has a \"spread\" that is not positive");
        assertRefused(good.replace("\"positives\" : 112,", ""), "(\"smile\") has no whole-number \"positives\"");
        assertRefused(good.replace("1.0, 0.0 ]", "2.0, 0.0 ]"), "(\"skin tone\") has a vector that is not of unit length");
        assertRefused(good.replace("\"scorePlus\" : 0.9", "\"scorePlus\" : \"high\""), "no finite number \"scorePlus\"");
    }

    private void assertRefused(String json, String reason) throws Exception {
        Path file = written(json);
        assertThat(json).as("the damage was made").isNotEqualTo(good());
        assertThatThrownBy(() -> DirectionFile.read(file, 4)).isInstanceOf(StudioException.class)
                .hasMessageContaining("directions.json cannot be used").hasMessageContaining(reason);
    }
}
