package org.ganstudio.engine.cli;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Path;
import org.ganstudio.engine.api.DevicePreference;
import org.ganstudio.engine.api.NumericsReport;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.bench.BenchReport;
import org.ganstudio.engine.bench.Benchmarks;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.core.DeviceSelector;
import org.ganstudio.engine.numerics.NumericSelfCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./studio bench}: prints the table and optionally writes the JSON. */
@Command(name = "bench", sortOptions = false,
        description = "Measure matmul peak, up-convolution, DCGAN, Pix2Pix and SinGAN speed (on the CPU unless --device says).")
final class BenchCommand extends StudioCommand {

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to this JSON file.")
    private Path json;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "7", converter = Numbers.Positive.class,
            description = "Timed repeats of each measurement (3 at least). Default: ${DEFAULT-VALUE}.")
    private int repeats;

    @Option(names = "--only", paramLabel = "PART", split = ",",
            description = "Only these groups after the matmul peak: convolutions, dcgan, pix2pix, singan (comma-separated)."
                    + " Default: all.")
    private java.util.List<Benchmarks.Part> only;

    @Override
    int run() {
        Device device = DeviceSelector.choose(device(DevicePreference.CPU));
        // the convolutions the studio would use here (or those forced with -Dstudio.convolutions=native|padded|matrix)
        NumericsReport numerics = NumericSelfCheck.establishOnce(device);
        out().println("Convolutions: " + numerics.mode() + (numerics.trustworthy() ? "" : " (FAILED the numeric self-check)"));
        BenchReport report = only == null || only.isEmpty() ? new Benchmarks(device, repeats).run()
                : new Benchmarks(device, repeats).run(java.util.EnumSet.copyOf(only));
        out().print(report.table());
        if (json != null) {
            try {
                Json.write(json, report);
                out().println("Wrote " + json);
            } catch (IOException e) {
                throw new StudioException("Could not write " + json + ": " + e.getMessage(), e);
            }
        }
        return 0;
    }
}
