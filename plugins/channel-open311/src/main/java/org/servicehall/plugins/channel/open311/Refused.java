package org.servicehall.plugins.channel.open311;

import java.util.List;

/** A GeoReport error: the HTTP status and the errors to list. */
final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final transient List<String> descriptions;

    Refused(int status, String... descriptions) {
        this(status, List.of(descriptions));
    }

    Refused(int status, List<String> descriptions) {
        super(String.join("; ", descriptions));
        this.status = status;
        this.descriptions = List.copyOf(descriptions);
    }
}
