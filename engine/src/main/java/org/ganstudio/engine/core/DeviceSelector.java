package org.ganstudio.engine.core;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.ganstudio.engine.api.DeviceInfo;
import org.ganstudio.engine.api.DevicePreference;
import org.ganstudio.engine.api.StudioException;

/** Turns a {@link DevicePreference} into a device: CPU by default, the first GPU when asked or when AUTO finds one. */
public final class DeviceSelector {

    private DeviceSelector() {}

    public static Device choose(DevicePreference preference) {
        int gpus = gpuCount();
        switch (preference) {
            case CPU:
                return Device.cpu();
            case GPU:
                if (gpus == 0) {
                    throw new StudioException("No GPU is available to this build; train on the CPU, or build with -Dgpu "
                            + "on a machine with CUDA (see README).");
                }
                return Device.gpu();
            case AUTO:
            default:
                return gpus > 0 ? Device.gpu() : Device.cpu();
        }
    }

    public static DeviceInfo describe(Device device) {
        int threads = Integer.getInteger("ai.djl.pytorch.num_threads", Runtime.getRuntime().availableProcessors());
        return new DeviceInfo(device.toString(), device.isGpu(), threads, gpuCount());
    }

    /** The device as a model card records it, e.g. "CPU (AMD EPYC), 2 threads". */
    public static String hardware(Device device) {
        DeviceInfo info = describe(device);
        return device.isGpu() ? "GPU " + device
                : "CPU (" + processorName() + "), " + info.threads() + (info.threads() == 1 ? " thread" : " threads");
    }

    /** The processor's model name as the OS reports it, or the architecture. */
    public static String processorName() {
        return cpuInfo("model name").orElse(System.getProperty("os.arch"));
    }

    /** The first value of a field of /proc/cpuinfo, e.g. "cpu family" or "flags"; empty where there is none. */
    public static Optional<String> cpuInfo(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.indexOf(':') > 0 && l.substring(0, l.indexOf(':')).trim().equals(field)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int gpuCount() {
        return Engine.getInstance().getGpuCount();
    }
}
