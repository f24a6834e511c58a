package org.servicehall.plugins.category.basic;

import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.common.LocalizedText;

/** Complaints about how staff treated the citizen: rudeness, impatience, shirking (服务态度类). */
@Component(service = CategoryProvider.class, property = CategoryProvider.PROPERTY_CODE + "=SERVICE_ATTITUDE")
public class ServiceAttitudeCategory implements CategoryProvider {

    private static final LocalizedText LABEL = LocalizedText.of("服务态度", "Service attitude");
    private static final LocalizedText EXPLANATION =
            LocalizedText.of("工作人员的言行举止", "How staff treated you");

    private static final List<QuickPick> QUICK_PICKS = List.of(
            QuickPick.of("RUDE", LocalizedText.of("态度生硬、语气不好", "Rude or curt")),
            QuickPick.of("IMPATIENT", LocalizedText.of("不耐烦、不愿解释", "Impatient, would not explain")),
            QuickPick.of("SHIRKING", LocalizedText.of("推诿扯皮、让我找别人", "Passed me on to someone else")),
            QuickPick.of("AWAY_FROM_DESK", LocalizedText.of("上班时间离岗、玩手机", "Away from the desk or on the phone")),
            QuickPick.of("UNEQUAL_TREATMENT", LocalizedText.of("区别对待、插队办理", "Unequal treatment, queue jumping")),
            QuickPick.of("ASKED_FOR_FAVOURS", LocalizedText.of("吃拿卡要、索要好处", "Asked for gifts or favours")));

    @Override
    public String code() {
        return "SERVICE_ATTITUDE";
    }

    @Override
    public LocalizedText label() {
        return LABEL;
    }

    @Override
    public String icon() {
        return "user";
    }

    @Override
    public int displayOrder() {
        return 10;
    }

    @Override
    public Optional<LocalizedText> explanation() {
        return Optional.of(EXPLANATION);
    }

    @Override
    public List<QuickPick> quickPicks() {
        return QUICK_PICKS;
    }
}
