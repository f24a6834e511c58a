/**
 * Implementations of the facades the screens (kiosk-ui) define: they call the application
 * services and hand back the screens' DTOs, never domain objects.
 */
package org.servicehall.interfaces.ui;
