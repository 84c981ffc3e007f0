package org.ganstudio.engine.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.train.ModelExport;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.ganstudio.engine.api.EdgeSettings;
import org.ganstudio.engine.api.PairBuildListener;
import org.ganstudio.engine.api.PairBuildRequest;
import org.ganstudio.engine.api.PairBuildSummary;
import org.ganstudio.engine.api.PairInputKind;
import org.ganstudio.engine.edges.EdgeExtractor;
import org.ganstudio.engine.image.ImageDecoder;
import org.ganstudio.engine.pairs.PairBuilder;
import org.ganstudio.engine.pairs.PairInputs;
import org.ganstudio.engine.pairs.PairOptions;
import org.ganstudio.engine.pairs.SquareFitter;

/** {@link org.ganstudio.engine.api.StudioEngine#buildPairs} and its preview helpers, over {@link PairBuilder}. */
final class PairBuilds {
    private PairBuilds() {}

    static PairBuildSummary build(PairBuildRequest request, PairBuildListener listener, BooleanSupplier cancelled) {
        // the edge extractor runs one photo at a time, as it is not known to be thread-safe; grey is
        int threads = request.input() == PairInputKind.EDGES ? 1 : Math.max(1, Math.min(4,
                Runtime.getRuntime().availableProcessors()));
        PairOptions options = new PairOptions(request.side(), request.validationFraction(), threads);
        if (request.input() == PairInputKind.EDGES) {
            recordEdgeSettings(request.out(), request.edges());
        }
        return new PairBuilder(options, inputMaker(request.input(), request.edges()))
                .build(request.photos(), request.out(), listener::onProgress, cancelled).toApi();
    }

    /**
     * Writes the edge settings into the dataset folder ({@value ModelExport#EDGES}), so that a model trained on
     * it can be exported with them ({@code ./studio export --examples}) and photos are later turned into the
     * same kind of edges. Written next to the file and moved into place, so it is never half there.
     */
    static void recordEdgeSettings(Path out, EdgeSettings edges) {
        try {
            Files.createDirectories(out);
            Path temp = out.resolve("." + ModelExport.EDGES + ".tmp");
            Json.write(temp, edges);
            Files.move(temp, out.resolve(ModelExport.EDGES), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StudioException("Could not write into " + out + ": " + e.getMessage(), e);
        }
    }

    static BufferedImage fitPhoto(Path photo, int side) {
        return SquareFitter.fit(new ImageDecoder().decode(photo), side);
    }

    static UnaryOperator<BufferedImage> inputMaker(PairInputKind input, EdgeSettings edges) {
        return switch (input) {
            case EDGES -> {
                if (edges == null) {
                    throw new IllegalArgumentException("edge settings are required for edge inputs");
                }
                yield image -> EdgeExtractor.extract(image, edges);
            }
            case GREY -> PairInputs.greyscale();
        };
    }
}
