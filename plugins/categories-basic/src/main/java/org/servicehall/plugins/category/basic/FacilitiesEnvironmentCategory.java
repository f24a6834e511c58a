package org.servicehall.plugins.category.basic;

import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.common.LocalizedText;

/** Complaints about the hall itself: queues, seats, machines, signs, cleanliness, accessibility (设施环境类). */
@Component(service = CategoryProvider.class, property = CategoryProvider.PROPERTY_CODE + "=FACILITIES_ENVIRONMENT")
public class FacilitiesEnvironmentCategory implements CategoryProvider {

    private static final LocalizedText LABEL = LocalizedText.of("设施环境", "Facilities and environment");

    @Override
    public String code() {
        return "FACILITIES_ENVIRONMENT";
    }

    @Override
    public LocalizedText label() {
        return LABEL;
    }

    @Override
    public String icon() {
        return "building";
    }

    @Override
    public int displayOrder() {
        return 40;
    }
}
