package org.servicehall.plugins.channel.wechat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.servicehall.plugin.api.channel.ChannelCategory;

/** The category a complaint typed at once is filed in: by the words of the category map. */
final class CategoryChoice {

    private CategoryChoice() {
    }

    /** The first mapped word found in the text, else the default, else the first category on offer. */
    static Optional<String> of(String text, Settings settings, Set<String> offered, List<ChannelCategory> inOrder) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> entry : settings.categoryMap().entrySet()) {
            if (lower.contains(entry.getKey()) && offered.contains(entry.getValue())) {
                return Optional.of(entry.getValue());
            }
        }
        if (offered.contains(settings.defaultCategory())) {
            return Optional.of(settings.defaultCategory());
        }
        return inOrder.stream().map(ChannelCategory::code).findFirst();
    }
}
