/** Optimisers whose full state can be saved and restored, so that a resumed run continues exactly. */
package org.ganstudio.engine.optim;
