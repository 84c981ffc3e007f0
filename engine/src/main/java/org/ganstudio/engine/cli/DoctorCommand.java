package org.ganstudio.engine.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ganstudio.engine.api.DevicePreference;
import org.ganstudio.engine.api.NumericCheck;
import org.ganstudio.engine.api.NumericsReport;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.core.DeviceSelector;
import org.ganstudio.engine.nn.ConvolutionMode;
import org.ganstudio.engine.numerics.NumericSelfCheck;
import picocli.CommandLine.Command;

/**
 * {@code ./studio doctor}: the CPU, the instruction sets oneDNN may use, threads, library versions, the device,
 * and the numeric self-check of every way of computing convolutions, then the one in use. Exits 1 when the
 * numbers of the way in use cannot be trusted.
 */
@Command(name = "doctor",
        description = "Show the CPU, libraries, threads, device and the numeric self-check; exit 1 when the numbers are wrong.")
final class DoctorCommand extends StudioCommand {

    private static final List<String> ISA_FLAGS = List.of("avx2", "avx_vnni", "avx512f", "avx512_bf16", "avx512_vnni",
            "avx512_vp2intersect", "amx_tile", "amx_bf16");

    @Override
    int run() {
        try (StudioEngine engine = engine()) {
            return report(engine, DeviceSelector.choose(device(DevicePreference.AUTO)), out());
        }
    }

    private static int report(StudioEngine engine, Device device, PrintStream out) {
        out.println("GAN Studio doctor");
        out.println("  CPU:        " + DeviceSelector.processorName() + cpuFamily().map(f -> " (" + f + ")").orElse(""));
        out.println("  CPU flags:  " + isaFlags());
        String cap = System.getenv("ONEDNN_MAX_CPU_ISA");
        out.println("  oneDNN ISA: " + (cap == null ? "not capped (ONEDNN_MAX_CPU_ISA unset: the best the CPU has)" : "capped at " + cap));
        out.println("  Threads:    " + engine.device().threads() + " intra-op (--threads N or STUDIO_THREADS)");
        out.println("  Libraries:  DJL " + Engine.getDjlVersion() + ", " + Engine.getInstance().getEngineName() + " "
                + Engine.getInstance().getVersion());
        out.println("  Device:     " + engine.device().describe() + " (GPUs found: " + engine.device().gpusFound() + ")");
        out.println();
        out.println("Numeric self-check (float32 as training computes it vs a float64 reference; forward, input");
        out.println("gradient, weight gradient, second-order gradient; tolerance 1e-3 relative):");
        NumericSelfCheck check = new NumericSelfCheck();
        for (ConvolutionMode mode : ConvolutionMode.values()) {
            List<NumericCheck> checks = check.check(mode, device);
            long passed = checks.stream().filter(NumericCheck::passed).count();
            out.printf(Locale.ROOT, "  %-45s %d of %d shapes correct%n", mode.description() + ":", passed, checks.size());
            for (NumericCheck c : checks) {
                if (!c.passed()) {
                    out.printf(Locale.ROOT, "      wrong: %s: %s %s%n", c.name(), c.worstPart(), Double.isInfinite(c.relativeError())
                            ? "not finite" : String.format(Locale.ROOT, "off by %.2g (relative)", c.relativeError()));
                }
            }
        }
        NumericsReport report = engine.numerics();
        out.println();
        out.println("In use: " + report.mode() + ". " + report.summary());
        if (!report.trustworthy()) {
            out.println("Training is switched off on this computer. Try ONEDNN_MAX_CPU_ISA=AVX ./studio doctor, or");
            out.println("--threads 1, and report the output above.");
            return 1;
        }
        return 0;
    }

    private static Optional<String> cpuFamily() {
        return DeviceSelector.cpuInfo("cpu family")
                .map(family -> "family " + family + DeviceSelector.cpuInfo("model").map(m -> ", model " + m).orElse(""));
    }

    private static String isaFlags() {
        return DeviceSelector.cpuInfo("flags").map(flags -> {
            List<String> have = Arrays.asList(flags.split("\\s+"));
            String present = ISA_FLAGS.stream().filter(have::contains).collect(Collectors.joining(" "));
            return present.isEmpty() ? "none of " + String.join(", ", ISA_FLAGS) : present;
        }).orElse("unknown (no /proc/cpuinfo)");
    }
}
