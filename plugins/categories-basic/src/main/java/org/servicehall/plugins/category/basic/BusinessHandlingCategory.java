package org.servicehall.plugins.category.basic;

import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.common.LocalizedText;

/** Complaints about how a service was handled: errors, delays, repeated trips, wrong refusals (业务办理类). */
@Component(service = CategoryProvider.class, property = CategoryProvider.PROPERTY_CODE + "=BUSINESS_HANDLING")
public class BusinessHandlingCategory implements CategoryProvider {

    private static final LocalizedText LABEL = LocalizedText.of("业务办理", "Business handling");

    @Override
    public String code() {
        return "BUSINESS_HANDLING";
    }

    @Override
    public LocalizedText label() {
        return LABEL;
    }

    @Override
    public String icon() {
        return "file-edit";
    }

    @Override
    public int displayOrder() {
        return 20;
    }
}
