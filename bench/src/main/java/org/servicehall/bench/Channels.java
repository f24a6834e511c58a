package org.servicehall.bench;

/**
 * The channels complaints come in by, weighted, with who receives them and how often they are
 * anonymous or settled on the spot.
 */
final class Channels {

    record ChannelKind(String code, double weight, boolean inHall, boolean staffReceives, double anonymous,
                       double onSpot, boolean idempotent) {
    }

    static final ChannelKind[] CHANNELS = {
            new ChannelKind("WINDOW", 25, true, true, 0.02, 0.40, false),
            new ChannelKind("KIOSK", 20, true, false, 0.25, 0.08, true),
            new ChannelKind("PHONE_HOTLINE", 15, false, true, 0.03, 0.30, false),
            new ChannelKind("GOV_APP", 15, false, false, 0.03, 0.04, true),
            new ChannelKind("WEBSITE", 10, false, false, 0.10, 0.04, true),
            new ChannelKind("WECHAT", 10, false, false, 0.05, 0.04, true),
            new ChannelKind("LETTER", 2, false, true, 0.05, 0.0, false),
            new ChannelKind("VISIT", 2, true, true, 0.02, 0.35, false),
            new ChannelKind("SUGGESTION_BOX", 1, true, true, 0.70, 0.0, false),
    };

    private Channels() {
    }
}
