package org.servicehall.plugins.category.basic;

import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.common.LocalizedText;

/** Dissatisfaction with an answer to a policy question: unclear, wrong or inconsistent answers (政策咨询类). */
@Component(service = CategoryProvider.class, property = CategoryProvider.PROPERTY_CODE + "=POLICY_CONSULTATION")
public class PolicyConsultationCategory implements CategoryProvider {

    private static final LocalizedText LABEL = LocalizedText.of("政策咨询", "Policy questions");
    private static final LocalizedText EXPLANATION =
            LocalizedText.of("对政策问题的解答不满意", "Unhappy with an answer about a policy");

    private static final List<QuickPick> QUICK_PICKS = List.of(
            QuickPick.of("VAGUE_ANSWER", LocalizedText.of("解答含糊，没听明白", "The answer was vague")),
            QuickPick.of("CONFLICTING_ANSWERS", LocalizedText.of("不同窗口说法不一", "Windows said different things")),
            QuickPick.of("WRONG_ANSWER", LocalizedText.of("解答有误，耽误了事", "The answer was wrong")),
            QuickPick.of("NO_WRITTEN_GUIDE", LocalizedText.of("没有书面指南可带走", "No written guide to take away")),
            QuickPick.of("HOTLINE_UNANSWERED", LocalizedText.of("咨询电话打不通", "The hotline was not answered")));

    private static final List<FormField> FIELDS = List.of(
            FormField.text("POLICY", LocalizedText.of("问的是哪项政策", "Which policy you asked about"), false, 50));

    @Override
    public String code() {
        return "POLICY_CONSULTATION";
    }

    @Override
    public LocalizedText label() {
        return LABEL;
    }

    @Override
    public String icon() {
        return "question-circle";
    }

    @Override
    public int displayOrder() {
        return 30;
    }

    @Override
    public Optional<LocalizedText> explanation() {
        return Optional.of(EXPLANATION);
    }

    @Override
    public List<QuickPick> quickPicks() {
        return QUICK_PICKS;
    }

    @Override
    public List<FormField> fields() {
        return FIELDS;
    }
}
