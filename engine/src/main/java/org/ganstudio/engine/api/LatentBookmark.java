package org.ganstudio.engine.api;

/**
 * A named latent vector of one model: the same model and latent always give the same image.
 *
 * @param name what a person called it
 * @param modelId the id of the model it belongs to
 * @param latent the vector, the model's latent size
 */
public record LatentBookmark(String name, String modelId, float[] latent) {

    public LatentBookmark {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a bookmark needs a name");
        }
        latent = latent.clone();
    }

    @Override
    public float[] latent() {
        return latent.clone();
    }
}
