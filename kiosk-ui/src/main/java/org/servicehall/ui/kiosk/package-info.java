/**
 * The citizen's kiosk: start screen, the filing wizard, the receipt and the progress lookup. Views
 * live under {@code META-INF/resources/kiosk}; each bean here backs the view of the same name, the
 * filing wizard's in {@code kiosk.file} with the values of its steps.
 */
package org.servicehall.ui.kiosk;
