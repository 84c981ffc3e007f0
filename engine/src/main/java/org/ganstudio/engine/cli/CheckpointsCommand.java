package org.ganstudio.engine.cli;

import java.nio.file.Path;
import java.util.List;
import org.ganstudio.engine.api.CheckpointInfo;
import org.ganstudio.engine.api.StudioEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./studio checkpoints}: one line per checkpoint under a folder. */
@Command(name = "checkpoints", sortOptions = false,
        description = "List the checkpoints under a run or a folder of runs.")
final class CheckpointsCommand extends StudioCommand {

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "A run folder, or a folder of runs.")
    private Path directory;

    @Override
    int run() {
        try (StudioEngine engine = engine()) {
            List<CheckpointInfo> all = engine.listCheckpoints(directory);
            if (all.isEmpty()) {
                out().println("No checkpoints.");
            }
            for (CheckpointInfo c : all) {
                out().printf("%s  %s  step %d/%d  %s%n", c.written(), c.family().displayName(), c.step(), c.totalSteps(),
                        c.directory());
            }
            return 0;
        }
    }
}
