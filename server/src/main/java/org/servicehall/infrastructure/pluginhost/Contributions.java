package org.servicehall.infrastructure.pluginhost;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Follows the services of one extension kind whose only fixed value is an id (escalation rules,
 * notifiers): the id is read once through {@link PluginCalls} when a service appears; callers get
 * an immutable list of what is registered now, and look the service up at the moment of use.
 */
final class Contributions<T> extends ServiceTracker<T, T> {

    private static final Logger LOG = Logger.getLogger(Contributions.class.getName());

    private final String kind;
    private final Pattern idPattern;
    private final Function<T, String> idOf;
    private final PluginCalls calls;
    private final Map<Long, Contribution<T>> byServiceId = new TreeMap<>();
    private volatile List<Contribution<T>> current = List.of();

    Contributions(BundleContext context, Class<T> type, String idPattern, Function<T, String> idOf, PluginCalls calls) {
        super(context, type, null);
        this.kind = type.getSimpleName();
        this.idPattern = Pattern.compile(idPattern);
        this.idOf = idOf;
        this.calls = calls;
    }

    @Override
    public T addingService(ServiceReference<T> reference) {
        T service = context.getService(reference);
        if (service == null) {
            return null;
        }
        String pluginId = reference.getBundle().getSymbolicName();
        String id = calls.call(pluginId, kind + ".id", () -> idOf.apply(service)).orElse(null);
        if (id == null || !idPattern.matcher(id).matches()) {
            LOG.log(Level.WARNING, "Plugin {0}: {1} without a valid id (pattern {2}); ignored",
                    new Object[] {pluginId, kind, idPattern.pattern()});
            context.ungetService(reference);
            return null;
        }
        synchronized (byServiceId) {
            byServiceId.put(serviceId(reference), new Contribution<>(pluginId, id, service));
            current = List.copyOf(byServiceId.values());
        }
        LOG.log(Level.INFO, "Plugin {0}: {1} {2} active", new Object[] {pluginId, kind, id});
        return service;
    }

    @Override
    public void removedService(ServiceReference<T> reference, T service) {
        synchronized (byServiceId) {
            byServiceId.remove(serviceId(reference));
            current = List.copyOf(byServiceId.values());
        }
        context.ungetService(reference);
    }

    /** What is registered now, in registration order. */
    List<Contribution<T>> current() {
        return current;
    }

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }
}
