package org.servicehall.plugins.category.sample;

import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.common.LocalizedText;

/** Complaints about queue numbers, waiting times and appointment booking (排队预约类). */
@Component(service = CategoryProvider.class, property = CategoryProvider.PROPERTY_CODE + "=QUEUEING")
public class QueueingCategory implements CategoryProvider {

    private static final LocalizedText LABEL = LocalizedText.of("排队预约", "Queueing and appointments");

    @Override
    public String code() {
        return "QUEUEING";
    }

    @Override
    public LocalizedText label() {
        return LABEL;
    }

    @Override
    public String icon() {
        return "clock";
    }

    @Override
    public int displayOrder() {
        return 50;
    }
}
