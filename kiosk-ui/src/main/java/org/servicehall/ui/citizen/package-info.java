/**
 * What the kiosk and the public site share for the citizen: the language of their session and the
 * dates shown in it, the rating scale, and asking the facade to rate or appeal. Both
 * {@code ui.kiosk} and {@code ui.site} use this package; it uses neither of them.
 */
package org.servicehall.ui.citizen;
