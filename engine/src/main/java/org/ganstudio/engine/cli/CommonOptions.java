package org.ganstudio.engine.cli;

import java.util.Locale;
import org.ganstudio.engine.api.DevicePreference;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options every command takes: {@code --device}, {@code --threads} and {@code --help}. */
final class CommonOptions {
    static final int MAX_THREADS = 1024;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", converter = DeviceConverter.class,
            description = "Where to compute: auto (a GPU when there is one), cpu or gpu. Default: auto (bench: cpu).")
    private DevicePreference device;

    @Option(names = "--threads", paramLabel = "N", converter = ThreadsConverter.class,
            description = "CPU threads for the engine, 1 to " + MAX_THREADS + ". Default: all cores.")
    private Integer threads;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this command's options and exit.")
    private boolean help;

    /** The device asked for, or {@code fallback} when none was named. */
    DevicePreference device(DevicePreference fallback) {
        return device == null ? fallback : device;
    }

    /** Passes {@code --threads} to the engine; it takes effect when the engine starts, so call this first. */
    void applyThreads() {
        if (threads != null) {
            System.setProperty("ai.djl.pytorch.num_threads", threads.toString());
        }
    }

    /** Reads auto, cpu or gpu in any case. */
    static final class DeviceConverter implements ITypeConverter<DevicePreference> {
        @Override
        public DevicePreference convert(String value) {
            try {
                return DevicePreference.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a device; use auto, cpu or gpu.");
            }
        }
    }

    /** A whole number of threads from 1 to {@value #MAX_THREADS}. */
    static final class ThreadsConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Numbers.wholeNumber(value, 1, MAX_THREADS);
        }
    }
}
