/**
 * The kiosk's filing wizard ({@code kiosk/file.xhtml}): {@link org.servicehall.ui.kiosk.file.FileView}
 * moves between the steps; each step keeps what the citizen chose in a small value of its own.
 * All of it lives in the view's state, so all of it is serializable.
 */
package org.servicehall.ui.kiosk.file;
