package org.servicehall.plugin.api.channel;

import java.util.Objects;
import java.util.Optional;

/** What {@link ChannelContext#register} did: the complaint's tracking number, and whether it was already registered. */
public final class Registered {

    private final String trackingNumber;
    private final boolean duplicate;
    private final String queryCode;

    public Registered(String trackingNumber, boolean duplicate) {
        this(trackingNumber, duplicate, null);
    }

    /**
     * @param queryCode the complaint's query code, or null
     * @since 1.3
     */
    public Registered(String trackingNumber, boolean duplicate, String queryCode) {
        this.trackingNumber = Objects.requireNonNull(trackingNumber, "trackingNumber");
        this.duplicate = duplicate;
        this.queryCode = queryCode;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    /**
     * The complaint's query code: with the tracking number, the complainant's proof of ownership at
     * the kiosk, on the website and over the REST API (progress, rating, appeal). An adapter gives it
     * only to the complainant, in the answer to their own filing.
     *
     * @since 1.3
     */
    public Optional<String> queryCode() {
        return Optional.ofNullable(queryCode);
    }

    /** True when this external id had been registered before: nothing new was filed. */
    public boolean duplicate() {
        return duplicate;
    }
}
