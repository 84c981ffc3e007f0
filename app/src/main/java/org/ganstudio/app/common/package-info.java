/** Helpers every panel uses: background work, image conversion, style class names. */
package org.ganstudio.app.common;
