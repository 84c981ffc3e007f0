/** The main window: navigation between the studios, the content area, and the status bar. */
package org.ganstudio.app.shell;
