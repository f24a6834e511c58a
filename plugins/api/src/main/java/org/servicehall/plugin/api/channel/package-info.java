/**
 * Channel integrations contributed by plugins: a plugin registers a {@link
 * org.servicehall.plugin.api.channel.ChannelAdapter} service that turns what arrives from an
 * outside system (over HTTP on an endpoint the host mounts, or by polling on the host's schedule)
 * into registrations through the host's {@link org.servicehall.plugin.api.channel.ChannelContext},
 * and reports status changes of those complaints back to the outside system from the host's
 * durable channel outbox.
 */
@Export
@Version("1.3.0")
package org.servicehall.plugin.api.channel;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
