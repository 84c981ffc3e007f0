package org.ganstudio.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import ai.djl.Device;
import org.ganstudio.engine.api.DevicePreference;
import org.ganstudio.engine.api.NumericsReport;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.bench.BenchReport;
import org.ganstudio.engine.bench.Benchmarks;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.core.DeviceSelector;
import org.ganstudio.engine.numerics.NumericSelfCheck;

/** {@code ./studio bench}: prints the table and optionally writes the JSON. */
final class BenchCommand {

    private BenchCommand() {}

    static int run(CliArguments options, PrintStream out) {
        DevicePreference preference = DevicePreference.valueOf(options.optional("device", "cpu").toUpperCase(java.util.Locale.ROOT));
        Device device = DeviceSelector.choose(preference);
        // the convolutions the studio would use here (or those forced with -Dstudio.convolutions=native|padded|matrix)
        NumericsReport numerics = NumericSelfCheck.establishOnce(device);
        out.println("Convolutions: " + numerics.mode() + (numerics.trustworthy() ? "" : " (FAILED the numeric self-check)"));
        BenchReport report = new Benchmarks(device, options.integer("repeats", 7)).run();
        out.print(report.table());
        String json = options.optional("json", null);
        if (json != null) {
            try {
                Json.write(Path.of(json), report);
                out.println("Wrote " + json);
            } catch (IOException e) {
                throw new StudioException("Could not write " + json + ": " + e.getMessage(), e);
            }
        }
        return 0;
    }
}
