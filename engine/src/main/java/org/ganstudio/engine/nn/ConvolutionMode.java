package org.ganstudio.engine.nn;

/**
 * How {@link Convolutions} computes a convolution. Chosen once per process by the numeric self-check
 * ({@code org.ganstudio.engine.numerics}); every convolution of every model goes through it.
 */
public enum ConvolutionMode {

    /** The library's convolution as it is (oneDNN on the CPU, cuDNN on a GPU). */
    NATIVE("library convolutions"),

    /**
     * The library's convolution, but where a gradient will flow back to the input and the filter count is
     * not a multiple of {@link Convolutions#CHANNEL_BLOCK}, the filters are padded with zero filters and the
     * extra output channels sliced off. oneDNN 3.7 (libtorch 2.7.1) computes the input gradient wrongly on
     * some CPUs (NaN or wrong finite values at random, measured on AMD Zen 5 with AVX-512) when the output
     * channels do not fill its 16-channel blocks; with padded filters they always do. Same values, a little
     * more work on the few layers with odd filter counts (the last layers: 1 or 3 channels).
     */
    CHANNEL_PADDED("library convolutions, filters padded to 16"),

    /**
     * No library convolution at all: each convolution is an explicit im2col (strided slices of the padded
     * input) and one matrix product. The fallback when the self-check finds the library's convolutions
     * wrong even with padded filters; slower, but built only from operations that checked out.
     */
    MATRIX_PRODUCT("matrix products (no library convolution)");

    private final String description;

    ConvolutionMode(String description) {
        this.description = description;
    }

    /** A few words for a status line or {@code ./studio doctor}. */
    public String description() {
        return description;
    }
}
