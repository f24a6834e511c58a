/**
 * Notifiers contributed by plugins: a plugin registers {@link
 * org.servicehall.plugin.api.notify.Notifier} services that deliver messages (SMS, e-mail, an
 * in-hall display) to complainants and staff. The host keeps every message in its outbox first,
 * so nothing is lost when no notifier is installed or one fails.
 */
@Export
@Version("1.1.0")
package org.servicehall.plugin.api.notify;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
