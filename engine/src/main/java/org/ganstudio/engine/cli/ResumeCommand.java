package org.ganstudio.engine.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.ganstudio.engine.api.CheckpointInfo;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./studio resume}: continues a run where a checkpoint left it. */
@Command(name = "resume", sortOptions = false,
        description = "Continue a run from a checkpoint: steps, optimiser, data order and random numbers go on.")
final class ResumeCommand extends StudioCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private From from;

    /** Exactly one of the two. */
    static final class From {
        @Option(names = "--checkpoint", required = true, paramLabel = "DIR",
                description = "The checkpoint to continue from (RUN_DIR/checkpoints/step-NNNNNNNN).")
        private Path checkpoint;

        @Option(names = "--run", required = true, paramLabel = "RUN_DIR",
                description = "A run folder: continue from its newest checkpoint.")
        private Path run;
    }

    @Override
    int run() {
        try (StudioEngine engine = engine()) {
            Path checkpoint = from.checkpoint != null ? from.checkpoint : latest(engine, from.run);
            out().println("Resuming " + checkpoint + " on " + engine.device().describe());
            Training.printTrustedNumerics(engine, out());
            Path absolute = checkpoint.toAbsolutePath().normalize(); // RUN/checkpoints/step-N, which resume checks
            Path runDirectory = absolute.getParent() != null && absolute.getParent().getParent() != null
                    ? absolute.getParent().getParent() : absolute;
            return Training.await(engine.resumeTraining(checkpoint, PreviewFile.after(new ConsoleProgress(out(), 50),
                    new PreviewFile(runDirectory, err()))), out(), err());
        }
    }

    private static Path latest(StudioEngine engine, Path run) {
        List<CheckpointInfo> all = engine.listCheckpoints(run);
        return all.stream().max(Comparator.comparingLong(CheckpointInfo::step))
                .orElseThrow(() -> new StudioException("No checkpoint found under " + run + ".")).directory();
    }
}
