package org.ganstudio.engine.api;

/**
 * The device computation runs on, as shown to a person.
 *
 * @param name short name such as "cpu()" or "gpu(0)"
 * @param gpu true when it is a GPU
 * @param threads intra-op threads used on the CPU
 * @param gpusFound number of GPUs the engine can see
 */
public record DeviceInfo(String name, boolean gpu, int threads, int gpusFound) {

    /** One line for a status bar, e.g. "CPU · 2 threads". */
    public String describe() {
        return gpu ? "GPU " + name : "CPU · " + threads + (threads == 1 ? " thread" : " threads");
    }
}
