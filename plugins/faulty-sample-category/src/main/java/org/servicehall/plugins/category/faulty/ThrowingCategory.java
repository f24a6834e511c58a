package org.servicehall.plugins.category.faulty;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.common.LocalizedText;

/** A category whose questions cannot be read: {@link #fields()} throws. */
@Component(service = CategoryProvider.class)
public class ThrowingCategory implements CategoryProvider {

    @Override
    public String code() {
        return "FAULTY_THROWS";
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("故障类别", "Faulty category");
    }

    @Override
    public String icon() {
        return "bolt";
    }

    @Override
    public int displayOrder() {
        return 90;
    }

    @Override
    public List<FormField> fields() {
        throw new IllegalStateException("faulty category: fields throws");
    }
}
