/**
 * Images in and out of the engine: decoding files safely, fitting them to a square, converting them
 * to and from tensors in [-1, 1], laying samples out as a grid, and loading a folder as a compact
 * in-memory dataset.
 *
 * <p>Data flow: {@link org.ganstudio.engine.image.ImageFolder} lists a folder,
 * {@link org.ganstudio.engine.image.ImageDecoder} turns each file into an RGB or grey
 * {@link java.awt.image.BufferedImage} (or refuses it with an
 * {@link org.ganstudio.engine.image.ImageRejectedException}),
 * {@link org.ganstudio.engine.image.ImageFitter} makes it an S x S square, and
 * {@link org.ganstudio.engine.image.ImageDataset} keeps it as uint8 bytes until the training loop asks
 * for a batch of floats. {@link org.ganstudio.engine.image.ImageTensors} and
 * {@link org.ganstudio.engine.image.ImageGrid} go the other way, from generator output to pictures.
 *
 * <p>Images leaving this package are always {@code TYPE_INT_RGB} or {@code TYPE_BYTE_GRAY}. Grey
 * levels are read from the raster, never through {@code getRGB}, because Java treats
 * {@code TYPE_BYTE_GRAY} as linear light and would brighten mid-greys.
 */
package org.ganstudio.engine.image;
