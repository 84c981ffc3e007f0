package org.ganstudio.engine.api;

import java.nio.file.Path;

/**
 * Build a paired dataset from a folder of plain photos: each photo is fitted to a side x side square (centre
 * crop), its input (edges or grey) is made from it, and the two are written side by side into
 * {@code out/train/NAME.png} or {@code out/val/NAME.png}.
 *
 * @param photos folder of photos (sub-folders are not searched)
 * @param out folder that gets train/ and val/; a build into a folder an earlier build wrote finishes the rest
 * @param side side of each square half in pixels, 1 to {@value #MAX_SIDE} (Pix2Pix trains at 64, 128 or 256)
 * @param input what the left half holds
 * @param edges the edge extractor's settings; required for {@link PairInputKind#EDGES}, may be null for grey
 * @param validationFraction share of pairs held out in val/, in [0, 1); chosen by a hash of each file name
 */
public record PairBuildRequest(Path photos, Path out, int side, PairInputKind input, EdgeSettings edges,
        double validationFraction) {
    public static final int MAX_SIDE = 4096;
    public static final double DEFAULT_VALIDATION_FRACTION = 0.1;

    public PairBuildRequest {
        if (photos == null || out == null || input == null) {
            throw new IllegalArgumentException("a photo folder, an output folder and an input kind are required");
        }
        if (side < 1 || side > MAX_SIDE) {
            throw new IllegalArgumentException("the side must be between 1 and " + MAX_SIDE + " pixels, got " + side);
        }
        if (input == PairInputKind.EDGES && edges == null) {
            throw new IllegalArgumentException("edge settings are required for edge inputs");
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException(
                    "the validation fraction must be at least 0 and below 1, got " + validationFraction);
        }
    }

    /** Edge inputs with the default validation share. */
    public static PairBuildRequest edges(Path photos, Path out, int side, EdgeSettings settings) {
        return new PairBuildRequest(photos, out, side, PairInputKind.EDGES, settings, DEFAULT_VALIDATION_FRACTION);
    }

    /** Grey inputs (colourisation pairs) with the default validation share. */
    public static PairBuildRequest grey(Path photos, Path out, int side) {
        return new PairBuildRequest(photos, out, side, PairInputKind.GREY, null, DEFAULT_VALIDATION_FRACTION);
    }

    public PairBuildRequest withValidationFraction(double fraction) {
        return new PairBuildRequest(photos, out, side, input, edges, fraction);
    }
}
