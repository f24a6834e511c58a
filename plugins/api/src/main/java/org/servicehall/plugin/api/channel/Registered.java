package org.servicehall.plugin.api.channel;

import java.util.Objects;

/** What {@link ChannelContext#register} did: the complaint's tracking number, and whether it was already registered. */
public final class Registered {

    private final String trackingNumber;
    private final boolean duplicate;

    public Registered(String trackingNumber, boolean duplicate) {
        this.trackingNumber = Objects.requireNonNull(trackingNumber, "trackingNumber");
        this.duplicate = duplicate;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    /** True when this external id had been registered before: nothing new was filed. */
    public boolean duplicate() {
        return duplicate;
    }
}
