package org.ganstudio.engine.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line as {@code ./studio ARGS} would and keeps the exit code and both output streams. */
final class CliHarness {

    /** What one run of the command line did. */
    record Result(int code, String out, String err) {
        /** Both streams, for assertion messages. */
        String printed() {
            return out + err;
        }
    }

    private CliHarness() {}

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new StudioCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
