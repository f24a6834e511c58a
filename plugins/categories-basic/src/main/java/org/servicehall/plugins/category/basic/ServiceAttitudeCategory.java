package org.servicehall.plugins.category.basic;

import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.common.LocalizedText;

/** Complaints about how staff treated the citizen: rudeness, impatience, shirking (服务态度类). */
@Component(service = CategoryProvider.class, property = CategoryProvider.PROPERTY_CODE + "=SERVICE_ATTITUDE")
public class ServiceAttitudeCategory implements CategoryProvider {

    private static final LocalizedText LABEL = LocalizedText.of("服务态度", "Service attitude");

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
}
