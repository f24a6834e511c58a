package org.servicehall.plugins.category.faulty;

import java.time.Duration;
import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.common.LocalizedText;

/** A category whose common problems never come: {@link #quickPicks()} hangs until interrupted. */
@Component(service = CategoryProvider.class)
public class HangingCategory implements CategoryProvider {

    @Override
    public String code() {
        return "FAULTY_HANGS";
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("卡住的类别", "Hanging category");
    }

    @Override
    public String icon() {
        return "clock";
    }

    @Override
    public int displayOrder() {
        return 91;
    }

    @Override
    public List<QuickPick> quickPicks() {
        try {
            Thread.sleep(Duration.ofMinutes(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }
}
