package org.servicehall.plugins.category.basic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.servicehall.plugin.api.category.CategoryProvider;

/**
 * Offers the host one {@link CategoryProvider} service per category of the bundle's descriptor,
 * each with its code as the service property, for as long as the bundle is active.
 */
@Component(immediate = true)
public class BasicCategories {

    private final List<ServiceRegistration<CategoryProvider>> registrations = new ArrayList<>();

    @Activate
    void activate(BundleContext context) throws IOException {
        for (DescribedCategory category : DescribedCategory.fromDescriptor()) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(CategoryProvider.PROPERTY_CODE, category.code());
            registrations.add(context.registerService(CategoryProvider.class, category, properties));
        }
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<CategoryProvider> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone: the framework unregisters a stopping bundle's services itself
            }
        }
        registrations.clear();
    }
}
