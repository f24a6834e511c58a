package org.servicehall.infrastructure.pluginhost;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.servicehall.domain.model.category.Category;
import org.servicehall.domain.model.category.Field;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * Follows {@link CategoryProvider} services: each one that appears is read once (through
 * {@link PluginCalls}), checked, and put into the {@link CategoryRegistry}; each one that goes is
 * taken out. A provider that throws, hangs or returns nonsense is logged and left out.
 */
final class CategoryTracker extends ServiceTracker<CategoryProvider, CategoryProvider> {

    private static final Logger LOG = Logger.getLogger(CategoryTracker.class.getName());
    private static final Pattern CODE = Pattern.compile(CategoryProvider.CODE_PATTERN);
    private static final Pattern ICON = Pattern.compile("[a-z0-9-]{1,40}");
    private static final int LABEL_MAX_LENGTH = 30;

    private final CategoryRegistry registry;
    private final PluginCalls calls;

    CategoryTracker(BundleContext context, CategoryRegistry registry, PluginCalls calls) {
        super(context, CategoryProvider.class, null);
        this.registry = registry;
        this.calls = calls;
    }

    @Override
    public CategoryProvider addingService(ServiceReference<CategoryProvider> reference) {
        CategoryProvider provider = context.getService(reference);
        if (provider == null) {
            return null;
        }
        String pluginId = reference.getBundle().getSymbolicName();
        Category category = calls.call(pluginId, "CategoryProvider", () -> read(provider, pluginId)).orElse(null);
        if (category == null) {
            context.ungetService(reference);
            return null;
        }
        // The registry must know the service before anyone hears of it (the tracker records it only after we return).
        registry.add(serviceId(reference), category);
        return provider;
    }

    @Override
    public void modifiedService(ServiceReference<CategoryProvider> reference, CategoryProvider provider) {
        // Values are read once; property changes do not alter a category.
    }

    @Override
    public void removedService(ServiceReference<CategoryProvider> reference, CategoryProvider provider) {
        registry.remove(serviceId(reference));
        context.ungetService(reference);
    }

    private static Category read(CategoryProvider provider, String pluginId) {
        String code = provider.code();
        LocalizedText label = provider.label();
        String icon = provider.icon();
        int order = provider.displayOrder();
        if (code == null || !CODE.matcher(code).matches()) {
            LOG.log(Level.WARNING, "Plugin {0}: category code {1} does not match {2}; category ignored",
                    new Object[] {pluginId, code, CategoryProvider.CODE_PATTERN});
            return null;
        }
        if (label == null || label.zh().length() > LABEL_MAX_LENGTH || label.en().length() > LABEL_MAX_LENGTH) {
            LOG.log(Level.WARNING, "Plugin {0}: category {1} has no label or one longer than {2}; category ignored",
                    new Object[] {pluginId, code, LABEL_MAX_LENGTH});
            return null;
        }
        String iconName = icon != null && ICON.matcher(icon).matches() ? icon : "tag";
        LocalizedText explanation = explanation(provider.explanation(), pluginId, code);
        return new Category(code, label.zh(), label.en(), iconName, order, pluginId,
                explanation == null ? null : explanation.zh(), explanation == null ? null : explanation.en(),
                quickPicks(provider.quickPicks(), pluginId, code), fields(provider.fields(), pluginId, code));
    }

    // The additions of API 1.1 are optional extras: a wrong one is left out, the category stays.

    private static LocalizedText explanation(Optional<LocalizedText> offered, String pluginId, String code) {
        LocalizedText explanation = offered == null ? null : offered.orElse(null);
        if (explanation != null && (explanation.zh().length() > CategoryProvider.EXPLANATION_MAX_LENGTH
                || explanation.en().length() > CategoryProvider.EXPLANATION_MAX_LENGTH)) {
            LOG.log(Level.WARNING, "Plugin {0}: explanation of category {1} is longer than {2}; left out",
                    new Object[] {pluginId, code, CategoryProvider.EXPLANATION_MAX_LENGTH});
            return null;
        }
        return explanation;
    }

    private static List<Category.QuickPick> quickPicks(List<QuickPick> offered, String pluginId, String code) {
        List<Category.QuickPick> picks = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (QuickPick pick : offered == null ? List.<QuickPick>of() : offered) {
            if (pick == null || !codes.add(pick.code())) {
                LOG.log(Level.WARNING, "Plugin {0}: category {1} repeats a quick-pick or offers null; left out",
                        new Object[] {pluginId, code});
            } else if (picks.size() == CategoryProvider.QUICK_PICKS_MAX) {
                LOG.log(Level.WARNING, "Plugin {0}: category {1} offers more than {2} quick-picks; the rest left out",
                        new Object[] {pluginId, code, CategoryProvider.QUICK_PICKS_MAX});
                break;
            } else {
                picks.add(domain(pick));
            }
        }
        return picks;
    }

    private static List<Field> fields(List<FormField> offered, String pluginId, String code) {
        List<Field> fields = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (FormField field : offered == null ? List.<FormField>of() : offered) {
            if (field == null || !codes.add(field.code())) {
                LOG.log(Level.WARNING, "Plugin {0}: category {1} repeats a field or offers null; left out",
                        new Object[] {pluginId, code});
            } else if (fields.size() == CategoryProvider.FIELDS_MAX) {
                LOG.log(Level.WARNING, "Plugin {0}: category {1} asks more than {2} fields; the rest left out",
                        new Object[] {pluginId, code, CategoryProvider.FIELDS_MAX});
                break;
            } else {
                fields.add(new Field(field.code(), Field.Type.valueOf(field.type().name()), field.label().zh(),
                        field.label().en(), field.required(), field.maxLength(), field.min(), field.max(),
                        field.choices().stream().map(CategoryTracker::domain).toList()));
            }
        }
        return fields;
    }

    private static Category.QuickPick domain(QuickPick pick) {
        return new Category.QuickPick(pick.code(), pick.label().zh(), pick.label().en());
    }

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }
}
