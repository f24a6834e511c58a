/**
 * The screens of ServiceHall: Faces views (under META-INF/resources), their view beans, and the
 * message bundles. Screens reach the system only through {@link org.servicehall.ui.facade}.
 */
package org.servicehall.ui;
