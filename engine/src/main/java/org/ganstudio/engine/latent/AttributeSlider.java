package org.ganstudio.engine.latent;

import java.util.List;
import java.util.function.Predicate;
import org.ganstudio.engine.latent.AttributeLabels.Face;

/**
 * A slider to learn from labels: its name, and which labelled faces count as examples of its + end and of its -
 * end. Faces that fit neither rule (a cat for "beard", a yellow face for "skin tone") take no part.
 *
 * @param name what the slider is called; moving + goes towards {@code positive}
 * @param rule the two sides in words, for reports
 */
public record AttributeSlider(String name, String rule, Predicate<Face> positive, Predicate<Face> negative) {

    private static final String[] HAIR = {"blond", "red_hair", "white_hair", "curly_hair", "bald"};

    /** The sliders the studio tries to learn from the emoji-faces labels, in the order they are shown. */
    public static final List<AttributeSlider> STANDARD = List.of(
            new AttributeSlider("smile", "smiling faces vs faces without smiling",
                    f -> smiley(f) && f.has("smiling"), f -> smiley(f) && !f.has("smiling")),
            new AttributeSlider("woman / man", "male vs female",
                    f -> f.has("male") && !f.has("female"), f -> f.has("female") && !f.has("male")),
            new AttributeSlider("skin tone", "dark tones (1f3fe, 1f3ff) vs light tones (1f3fb, 1f3fc); yellow ignored",
                    f -> f.hasAny("tone_1f3fe", "tone_1f3ff"), f -> f.hasAny("tone_1f3fb", "tone_1f3fc")),
            new AttributeSlider("glasses", "glasses or sunglasses vs human faces without",
                    f -> human(f) && f.hasAny("glasses", "sunglasses"), f -> human(f) && !f.hasAny("glasses", "sunglasses")),
            new AttributeSlider("beard", "beard vs men without a beard",
                    f -> f.has("beard"), f -> f.has("male") && !f.has("beard")),
            new AttributeSlider("old", "old people vs other people",
                    f -> f.has("old"), f -> person(f) && !f.has("old")),
            new AttributeSlider("young", "young people vs adults (neither young nor old)",
                    f -> f.has("young"), f -> person(f) && !f.hasAny("young", "old")),
            hair("hair: blond", "blond"),
            hair("hair: red", "red_hair"),
            hair("hair: white", "white_hair"),
            hair("hair: curly", "curly_hair"),
            hair("bald", "bald"),
            new AttributeSlider("cat", "cat faces vs smiley faces", f -> f.has("cat"), f -> smiley(f) && !f.has("cat")),
            new AttributeSlider("tongue", "tongue out vs smiley faces without",
                    f -> f.has("tongue"), f -> smiley(f) && !f.has("tongue")),
            new AttributeSlider("hearts", "hearts vs smiley faces without",
                    f -> f.has("hearts"), f -> smiley(f) && !f.has("hearts")));

    private static AttributeSlider hair(String name, String attribute) {
        return new AttributeSlider(name, attribute + " vs people with default hair",
                f -> f.has(attribute), f -> person(f) && !f.hasAny(HAIR));
    }

    /** A smiley: Unicode's face-* subcategories (face-smiling, face-glasses, ...). */
    static boolean smiley(Face face) {
        return face.subcategory().startsWith("face-");
    }

    /** A person: Unicode's person* subcategories (person, person-role, ...). */
    static boolean person(Face face) {
        return face.subcategory().startsWith("person");
    }

    static boolean human(Face face) {
        return smiley(face) || person(face);
    }
}
