package org.servicehall.plugin.api.channel;

import java.util.Objects;
import org.servicehall.plugin.api.common.LocalizedText;

/** A category on offer, as a channel may show or map it. */
public final class ChannelCategory {

    private final String code;
    private final LocalizedText label;

    public ChannelCategory(String code, LocalizedText label) {
        this.code = Objects.requireNonNull(code, "code");
        this.label = Objects.requireNonNull(label, "label");
    }

    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }
}
