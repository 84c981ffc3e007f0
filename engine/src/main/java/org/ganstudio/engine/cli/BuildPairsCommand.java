package org.ganstudio.engine.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.PairBuildRequest;
import org.ganstudio.engine.api.StudioEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./studio build-pairs}: photos to input|photo pairs, through {@link StudioEngine#buildPairs} as in the app. */
@Command(name = "build-pairs", sortOptions = false,
        description = "Make Pix2Pix pairs (input | photo) from photos, in OUT/train and OUT/val.")
final class BuildPairsCommand extends StudioCommand {

    @Option(names = "--photos", required = true, paramLabel = "DIR", description = "The folder of photos.")
    private Path photos;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where the pairs go; building again into it finishes an interrupted build.")
    private Path target;

    @Option(names = "--input", paramLabel = "edges|grey", defaultValue = "edges",
            description = "What the input half is: the photo's edges, or the photo in grey. Default: ${DEFAULT-VALUE}.")
    private String input;

    @Option(names = "--edges", paramLabel = "xdog|canny", defaultValue = "xdog",
            description = "The edge extractor for --input edges. Default: ${DEFAULT-VALUE}.")
    private String edges;

    @Mixin
    private Pairs.SizeOptions size;

    @Override
    int run() {
        PairBuildRequest request = request(input.toLowerCase(Locale.ROOT));
        try (StudioEngine studio = engine()) {
            return Pairs.report(out(), Pairs.run(out(), progress -> studio.buildPairs(request,
                    progress.listener()::update, progress.cancelled())));
        }
    }

    private PairBuildRequest request(String kind) {
        switch (kind) {
            case "grey":
            case "gray":
                return size.make((side, val) -> PairBuildRequest.grey(photos, target, side).withValidationFraction(val));
            case "edges":
                EdgeSettings settings = Pairs.edgeSettings(edges);
                return size.make((side, val) -> PairBuildRequest.edges(photos, target, side, settings)
                        .withValidationFraction(val));
            default:
                throw new CliException("--input must be edges or grey, not '" + input + "'.");
        }
    }
}
