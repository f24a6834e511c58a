package org.servicehall.plugins.category.basic;

import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.common.LocalizedText;

/** Dissatisfaction with an answer to a policy question: unclear, wrong or inconsistent answers (政策咨询类). */
@Component(service = CategoryProvider.class, property = CategoryProvider.PROPERTY_CODE + "=POLICY_CONSULTATION")
public class PolicyConsultationCategory implements CategoryProvider {

    private static final LocalizedText LABEL = LocalizedText.of("政策咨询", "Policy questions");

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
}
