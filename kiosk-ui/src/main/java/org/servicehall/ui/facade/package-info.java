/**
 * What the screens may ask of the system: facade interfaces in the screens' own terms. The server
 * implements them; the screens never see the domain, the database or the plugin host.
 */
package org.servicehall.ui.facade;
