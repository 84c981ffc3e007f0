/**
 * The engine's public face: facades and plain records (images, numbers, paths) that the app may use.
 *
 * <p>Nothing in this package exposes DJL types. The app module may import this package and nothing
 * else of the engine; an architecture test enforces it.
 */
package org.ganstudio.engine.api;
