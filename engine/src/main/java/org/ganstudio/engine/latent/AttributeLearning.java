package org.ganstudio.engine.latent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.image.ImageDecoder;
import org.ganstudio.engine.image.ImageRejectedException;
import org.ganstudio.engine.latent.AttributeLabels.Face;

/**
 * Attribute directions from a labelled folder, in two steps: {@link #classifiers} (one per {@link AttributeSlider}
 * with enough examples on each side) and {@link #directions} (fitted on a generator's samples by
 * {@link AttributeDirections}). What {@code ./studio directions} runs; the app can run the same.
 */
public final class AttributeLearning {

    /** Fewest labelled images on each side of a slider for it to be learnt. */
    public static final int MINIMUM_EXAMPLES = 20;

    /** A slider whose classifier was trained, with its examples counted. */
    public record Learnt(AttributeSlider slider, int positives, int negatives, AttributeClassifier.Fit fit) {}

    /** A slider left out, and why. */
    public record Skipped(String name, int positives, int negatives, String reason) {}

    /**
     * @param faces labelled images read
     * @param missing rows of labels.tsv whose file is not in the folder
     * @param unreadable images that could not be decoded (left out of every slider)
     */
    public record Classifiers(List<Learnt> learnt, List<Skipped> skipped, int faces, int missing, int unreadable) {
        public Classifiers {
            learnt = List.copyOf(learnt);
            skipped = List.copyOf(skipped);
        }
    }

    private AttributeLearning() {}

    /**
     * Decodes every labelled image once (in the generator's channels) and trains a classifier per slider of
     * {@code sliders} with at least {@code minimum} examples on each side.
     */
    public static Classifiers classifiers(AttributeLabels labels, List<AttributeSlider> sliders, int channels,
            int minimum, long seed) {
        ImageDecoder decoder = new ImageDecoder();
        Map<String, float[]> features = new HashMap<>();
        int unreadable = 0;
        for (Face face : labels.faces()) {
            try {
                features.put(face.file(), AttributeClassifier.features(
                        decoder.decode(labels.folder().resolve(face.file()), channels), channels));
            } catch (ImageRejectedException e) {
                unreadable++;
            }
        }
        List<Learnt> learnt = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (AttributeSlider slider : sliders) {
            AttributeLabels.Sides sides = labels.sides(slider);
            List<AttributeClassifier.Example> examples = new ArrayList<>();
            int[] count = new int[2];
            for (boolean positive : new boolean[] {true, false}) {
                for (Face face : positive ? sides.positives() : sides.negatives()) {
                    float[] f = features.get(face.file());
                    if (f != null) {
                        examples.add(new AttributeClassifier.Example(f, positive, face.group()));
                        count[positive ? 1 : 0]++;
                    }
                }
            }
            if (count[1] < minimum || count[0] < minimum) {
                skipped.add(new Skipped(slider.name(), count[1], count[0], "fewer than " + minimum + " examples on a side"));
                continue;
            }
            try {
                learnt.add(new Learnt(slider, count[1], count[0], AttributeClassifier.train(examples, seed)));
            } catch (StudioException e) {
                skipped.add(new Skipped(slider.name(), count[1], count[0], e.getMessage()));
            }
        }
        return new Classifiers(learnt, skipped, labels.faces().size(), labels.missing(), unreadable);
    }

    /**
     * Fits a direction per learnt classifier on {@code samples} random latents of the generator and measures each
     * direction's effect on the first {@code min(samples, effectSamples)} of them.
     *
     * @param data the labelled folder's name, recorded in the file
     */
    public static DirectionFile.Contents directions(Classifiers classifiers, AttributeDirections.Sampler sampler,
            int latentSize, int channels, int samples, int effectSamples, long seed, String data,
            AttributeDirections.Progress progress) {
        if (classifiers.learnt().isEmpty()) {
            throw new StudioException("No attribute has enough labelled examples on each side to learn a direction.");
        }
        List<AttributeDirections.Attribute> attributes = classifiers.learnt().stream()
                .map(l -> new AttributeDirections.Attribute(l.slider().name(), l.fit().classifier())).toList();
        List<AttributeDirections.Found> found = AttributeDirections.fit(sampler, latentSize, channels, attributes,
                samples, effectSamples, seed, progress);
        List<DirectionFile.Entry> entries = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Learnt l = classifiers.learnt().get(i);
            AttributeDirections.Found f = found.get(i);
            entries.add(new DirectionFile.Entry(f.direction(), l.positives(), l.negatives(), l.fit().balancedAccuracy(),
                    f.scoreMinus(), f.scorePlus()));
        }
        return new DirectionFile.Contents(data, samples, seed, AttributeDirections.EFFECT_SPREADS, entries);
    }
}
