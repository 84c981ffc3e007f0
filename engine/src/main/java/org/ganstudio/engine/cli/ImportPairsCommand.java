package org.ganstudio.engine.cli;

import java.nio.file.Path;
import org.ganstudio.engine.pairs.PairImporter;
import org.ganstudio.engine.pairs.PairOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./studio import-pairs}: two folders of files with matching names joined into pairs. */
@Command(name = "import-pairs", sortOptions = false,
        description = "Join inputs (A) and targets (B) with matching file names into pairs, in OUT/train and OUT/val.")
final class ImportPairsCommand extends StudioCommand {

    @Option(names = "--a", required = true, paramLabel = "DIR", description = "The inputs (the left half).")
    private Path a;

    @Option(names = "--b", required = true, paramLabel = "DIR", description = "The targets (the right half).")
    private Path b;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where the pairs go; importing again into it finishes an interrupted import.")
    private Path target;

    @Mixin
    private Pairs.SizeOptions size;

    @Override
    int run() {
        PairImporter importer = new PairImporter(size.make((side, val) -> new PairOptions(side, val, Pairs.cores())));
        return Pairs.report(out(), Pairs.run(out(), progress -> importer.importPairs(a, b, target,
                progress.listener(), progress.cancelled()).toApi()));
    }
}
