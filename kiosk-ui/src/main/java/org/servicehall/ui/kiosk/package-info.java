/**
 * The citizen's kiosk: start screen, the filing wizard, the receipt and the progress lookup. Views
 * live under {@code META-INF/resources/kiosk}; each bean here backs the view of the same name.
 */
package org.servicehall.ui.kiosk;
