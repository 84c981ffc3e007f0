package org.ganstudio.engine.numerics;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ganstudio.engine.api.NumericCheck;
import org.ganstudio.engine.api.NumericsReport;
import org.ganstudio.engine.nn.ConvolutionMode;
import org.ganstudio.engine.nn.Convolutions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The numeric self-check the studio runs before it trains or translates: the convolution shapes its networks
 * use, forward, backward and double backward, against a float64 reference ({@link ConvolutionCheck}). It
 * tries the preferred way of computing convolutions first (on the CPU, library convolutions with padded
 * filters; on a GPU the library's own) and, if that gives wrong numbers, the matrix-product way; the first
 * that passes becomes the process-wide {@link Convolutions#mode()}. When none passes, the report says the
 * numbers cannot be trusted and the engine refuses to train.
 *
 * <p>The system property {@code studio.convolutions} ({@code native}, {@code padded} or {@code matrix})
 * forces one way, for comparisons; it is still checked.
 */
public final class NumericSelfCheck {

    /** The system property that forces a way of computing convolutions. */
    public static final String MODE_PROPERTY = "studio.convolutions";

    private static final Logger LOG = LoggerFactory.getLogger(NumericSelfCheck.class);
    private static final Map<String, NumericsReport> ESTABLISHED = new ConcurrentHashMap<>();

    private final ConvolutionCheck check;

    /** The self-check of the studio's real convolutions. */
    public NumericSelfCheck() {
        this((x, w, stride, padding, mode) -> Convolutions.conv2d(x, w, null, stride, padding, mode));
    }

    /** A self-check of another convolution, e.g. a test's deliberately wrong one. */
    public NumericSelfCheck(ConvolutionProbe probe) {
        this.check = new ConvolutionCheck(probe);
    }

    /**
     * Runs the self-check for the device once per process and returns what it found; later calls return the
     * same report. Sets {@link Convolutions#mode()}.
     */
    public static NumericsReport establishOnce(Device device) {
        return ESTABLISHED.computeIfAbsent(device.toString(), d -> new NumericSelfCheck().establish(device));
    }

    /** Checks the ways of computing convolutions in order of preference, uses the first that passes, reports. */
    public NumericsReport establish(Device device) {
        long start = System.nanoTime();
        List<ConvolutionMode> candidates = candidates(device);
        List<String> failedModes = new ArrayList<>();
        List<NumericCheck> checks = List.of();
        ConvolutionMode chosen = null;
        for (ConvolutionMode mode : candidates) {
            checks = check(mode, device);
            if (checks.stream().allMatch(NumericCheck::passed)) {
                chosen = mode;
                break;
            }
            failedModes.add(mode.description() + " (" + firstFailure(checks) + ")");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        NumericsReport report;
        if (chosen == null) {
            ConvolutionMode last = candidates.get(candidates.size() - 1);
            Convolutions.setMode(last);
            report = new NumericsReport(last.description(), false, true,
                    "Wrong numbers: this computer's convolutions failed the self-check in every way tried ("
                            + String.join("; ", failedModes) + "). Training is switched off; run ./studio doctor.",
                    checks, millis);
            LOG.error(report.summary());
        } else if (failedModes.isEmpty()) {
            Convolutions.setMode(chosen);
            report = new NumericsReport(chosen.description(), true, false,
                    "Numbers checked: " + checks.size() + " convolution shapes correct (" + chosen.description() + ", "
                            + millis + " ms)", checks, millis);
            LOG.debug(report.summary());
        } else {
            Convolutions.setMode(chosen);
            report = new NumericsReport(chosen.description(), true, true,
                    "Safe mode: " + String.join("; ", failedModes) + " gave wrong numbers on this computer, so "
                            + "convolutions now use " + chosen.description() + " (correct, slower)", checks, millis);
            LOG.warn(report.summary());
        }
        return report;
    }

    /** Checks every studio shape in one mode without changing the mode in use. */
    public List<NumericCheck> check(ConvolutionMode mode, Device device) {
        List<NumericCheck> results = new ArrayList<>();
        long seed = 1;
        for (ConvolutionCase c : ConvolutionCase.studioShapes()) {
            results.add(check.run(c, mode, device, seed++));
        }
        return results;
    }

    /** The ways to try, best first: the forced one alone, else padded (CPU) or native (GPU), then matrix products. */
    static List<ConvolutionMode> candidates(Device device) {
        String forced = System.getProperty(MODE_PROPERTY);
        if (forced != null && !forced.isBlank()) {
            return List.of(parse(forced));
        }
        ConvolutionMode preferred = device.isGpu() ? ConvolutionMode.NATIVE : ConvolutionMode.CHANNEL_PADDED;
        return List.of(preferred, ConvolutionMode.MATRIX_PRODUCT);
    }

    /** native, padded or matrix. */
    public static ConvolutionMode parse(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "native":
                return ConvolutionMode.NATIVE;
            case "padded":
                return ConvolutionMode.CHANNEL_PADDED;
            case "matrix":
                return ConvolutionMode.MATRIX_PRODUCT;
            default:
                throw new IllegalArgumentException(MODE_PROPERTY + " must be native, padded or matrix, not '" + name + "'");
        }
    }

    private static String firstFailure(List<NumericCheck> checks) {
        return checks.stream().filter(c -> !c.passed()).findFirst()
                .map(c -> c.worstPart() + (Double.isInfinite(c.relativeError()) ? " not finite"
                        : " off by " + String.format(Locale.ROOT, "%.2g", c.relativeError())) + " at " + c.name())
                .orElse("no failure");
    }
}
