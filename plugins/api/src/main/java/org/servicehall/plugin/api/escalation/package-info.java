/**
 * Escalation rules contributed by plugins: a plugin registers {@link
 * org.servicehall.plugin.api.escalation.EscalationRule} services; the host shows each rule a
 * read-only {@link org.servicehall.plugin.api.escalation.ComplaintSnapshot} after every change of
 * a complaint and on a schedule, and applies the {@link org.servicehall.plugin.api.escalation.Escalation}s
 * it returns through the complaint's own lifecycle, recording the rule's id in the history.
 *
 * <p>1.1: {@link org.servicehall.plugin.api.escalation.RuleContext#recentTrackingNumbers} (complaints
 * about the same complainant, staff member or window) and the window complained about in the snapshot.
 */
@Export
@Version("1.1.0")
package org.servicehall.plugin.api.escalation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
