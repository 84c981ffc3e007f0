package org.ganstudio.app.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.ganstudio.engine.api.StudioException;
import javafx.stage.FileChooser;
import org.ganstudio.engine.api.ImageFiles;

/** Writing the pictures a studio saves: a PNG, or frames as a looping animated GIF. Failures say why in a sentence. */
public final class PictureFiles {

    private PictureFiles() {}

    /** The file-chooser filter for every picture format the engine reads, then "All files". */
    public static List<FileChooser.ExtensionFilter> openFilters() {
        return List.of(new FileChooser.ExtensionFilter("Pictures", ImageFiles.EXTENSIONS.stream().sorted()
                .map(x -> "*." + x).toList()), new FileChooser.ExtensionFilter("All files", "*"));
    }

    /** Writes a PNG; says in a sentence why it could not. */
    public static void writePng(BufferedImage image, Path file) {
        try {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new StudioException("Cannot write " + file.getFileName() + ": no PNG writer.");
            }
        } catch (IOException e) {
            throw new StudioException("Cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the frames as they are as an animated GIF that loops for ever (javax.imageio's GIF writer with the
     * NETSCAPE2.0 loop extension), {@code delayMillis} per frame.
     */
    public static void writeGif(List<BufferedImage> frames, int delayMillis, Path file) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            if (out == null) {
                throw new StudioException("Cannot write " + file.getFileName() + ".");
            }
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage frame = frames.get(i);
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
                String format = meta.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", String.valueOf(Math.max(1, delayMillis / 10)));
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                if (i == 0) {
                    IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
                    IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
                    loop.setAttribute("applicationID", "NETSCAPE");
                    loop.setAttribute("authenticationCode", "2.0");
                    loop.setUserObject(new byte[] {1, 0, 0}); // loop for ever
                    apps.appendChild(loop);
                    root.appendChild(apps);
                }
                meta.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(frame, null, meta), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new StudioException("Cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
    }
}
