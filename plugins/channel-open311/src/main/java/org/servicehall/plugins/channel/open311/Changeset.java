package org.servicehall.plugins.channel.open311;

import static org.servicehall.plugins.channel.open311.Wording.w3;

import java.time.Instant;
import java.util.stream.Collectors;
import org.servicehall.plugin.api.channel.ChannelContext;

/** When the services last changed as this plugin saw them: the discovery's changeset. */
final class Changeset {

    private volatile String catalogSignature;
    private volatile Instant catalogChangedAt;

        String changeset(ChannelContext context) {
        String signature = context.categories().stream()
                .map(c -> c.code() + "|" + c.label().zh() + "|" + c.label().en() + "|"
                        + c.fields().stream().map(f -> f.code() + ":" + f.type() + ":" + f.required()).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
        synchronized (this) {
            if (!signature.equals(catalogSignature)) {
                catalogSignature = signature;
                catalogChangedAt = context.now();
            }
            // ISO 8601 with the hall's offset, as the specification's example shows
            return w3(catalogChangedAt, context.zone());
        }
    }
}
