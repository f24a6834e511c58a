/**
 * The public website (and the government app that opens it): filing, progress and rating on the
 * citizen's own phone or computer, views under {@code META-INF/resources/public} ("public" cannot
 * name a Java package). The beans talk to the kiosk's facade with their own channel; the language
 * and date formats are the citizen session's ({@code #{citizen}}, {@link org.servicehall.ui.citizen}),
 * the same as on the kiosk, whose own package this one does not use.
 */
package org.servicehall.ui.site;
