/**
 * The engine's implementation of {@link org.ganstudio.engine.api.StudioEngine}: device choice, the family
 * registry, and adapters from the api's plain types to the training and inference code.
 */
package org.ganstudio.engine.core;
