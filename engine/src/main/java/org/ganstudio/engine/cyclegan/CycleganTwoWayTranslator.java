package org.ganstudio.engine.cyclegan;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganstudio.engine.api.ImageDomain;
import org.ganstudio.engine.api.PreparedDrawing;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.api.TranslationDirection;
import org.ganstudio.engine.api.TwoWayTranslator;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.train.ModelFolders;
import org.ganstudio.engine.train.SavedCheckpoint;

/**
 * A saved CycleGAN (Zhu et al. 2017) opened with both of its generators, G from A to B and F from B to A, each a
 * {@link CycleganImageTranslator} of its own. The domains take their names from the model card's optional
 * {@code domainA} and {@code domainB} (such as "horses" and "zebras"), else "A" and "B".
 */
final class CycleganTwoWayTranslator implements TwoWayTranslator {

    private final CycleganImageTranslator forward;
    private final CycleganImageTranslator backward;
    private final ImageDomain domainA;
    private final ImageDomain domainB;

    private CycleganTwoWayTranslator(CycleganImageTranslator forward, CycleganImageTranslator backward,
            DomainNames names) {
        this.forward = forward;
        this.backward = backward;
        this.domainA = new ImageDomain(names.nameOfA(), forward.inputChannels());
        this.domainB = new ImageDomain(names.nameOfB(), forward.outputChannels());
    }

    /** Loads both generators from a verified CycleGAN checkpoint or model folder, and its card's domain names. */
    static CycleganTwoWayTranslator open(SavedCheckpoint saved, Device device) {
        DomainNames names = DomainNames.of(saved.directory());
        CycleganImageTranslator forward = CycleganImageTranslator.open(saved, Direction.A_TO_B, device);
        try {
            return new CycleganTwoWayTranslator(forward,
                    CycleganImageTranslator.open(saved, Direction.B_TO_A, device), names);
        } catch (RuntimeException e) {
            forward.close();
            throw e;
        }
    }

    /** A photo, not a drawing: fitted (scaled and centre-cropped) as a translation fits it, never stretched. */
    @Override
    public PreparedDrawing prepareDrawing(BufferedImage picture) {
        return CycleganImageTranslator.fitted(picture, imageSize());
    }

    @Override
    public String modelId() {
        return forward.modelId();
    }

    @Override
    public int imageSize() {
        return forward.imageSize();
    }

    @Override
    public ImageDomain domainA() {
        return domainA;
    }

    @Override
    public ImageDomain domainB() {
        return domainB;
    }

    @Override
    public BufferedImage translate(BufferedImage input, TranslationDirection direction) {
        return (direction == TranslationDirection.B_TO_A ? backward : forward).translate(input);
    }

    /** A CycleGAN model ships no example inputs. */
    @Override
    public List<BufferedImage> exampleInputs() {
        return List.of();
    }

    @Override
    public void close() {
        try {
            forward.close();
        } finally {
            backward.close();
        }
    }

    /**
     * The two fields of a model card that name a CycleGAN's domains; the card's other fields are read elsewhere (the
     * shared mapper ignores them here). Either may be absent.
     */
    record DomainNames(String domainA, String domainB) {

        static DomainNames of(Path directory) {
            Path card = directory.resolve(ModelFolders.CARD);
            if (!Files.isRegularFile(card)) {
                return new DomainNames(null, null);
            }
            try {
                return Json.read(card, DomainNames.class);
            } catch (IOException | RuntimeException e) {
                throw new StudioException("The model card at " + card + " cannot be read: " + e.getMessage() + ".", e);
            }
        }

        String nameOfA() {
            return domainA == null || domainA.isBlank() ? "A" : domainA.trim();
        }

        String nameOfB() {
            return domainB == null || domainB.isBlank() ? "B" : domainB.trim();
        }
    }
}
