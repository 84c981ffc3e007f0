/** Loss functions shared by the families, written out from their definitions. */
package org.ganstudio.engine.loss;
