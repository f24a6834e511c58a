/**
 * Escalation rules contributed by plugins: a plugin registers {@link
 * org.servicehall.plugin.api.escalation.EscalationRule} services; the host shows each rule a
 * read-only {@link org.servicehall.plugin.api.escalation.ComplaintSnapshot} after every change of
 * a complaint and on a schedule, and applies the {@link org.servicehall.plugin.api.escalation.Escalation}s
 * it returns through the complaint's own lifecycle, recording the rule's id in the history.
 */
@Export
@Version("1.0.0")
package org.servicehall.plugin.api.escalation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
