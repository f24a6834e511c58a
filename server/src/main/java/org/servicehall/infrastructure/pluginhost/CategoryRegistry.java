package org.servicehall.infrastructure.pluginhost;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.servicehall.domain.model.category.Category;
import org.servicehall.domain.model.category.CategoryCatalog;

/**
 * The categories that plugin services offer right now, already translated into domain values.
 * Readers get an immutable snapshot and never call plugin code. When two plugins offer the same
 * code, the one registered first wins.
 */
public final class CategoryRegistry implements CategoryCatalog {

    private static final Comparator<Category> DISPLAY_ORDER =
            Comparator.comparingInt(Category::displayOrder).thenComparing(Category::code);

    private final Map<Long, Category> byServiceId = new TreeMap<>();
    private final Runnable onChange;
    private volatile List<Category> offered = List.of();

    /** @param onChange told after every change; must return quickly */
    public CategoryRegistry(Runnable onChange) {
        this.onChange = onChange;
    }

    void add(long serviceId, Category category) {
        synchronized (byServiceId) {
            byServiceId.put(serviceId, category);
            rebuild();
        }
        onChange.run();
    }

    void remove(long serviceId) {
        boolean removed;
        synchronized (byServiceId) {
            removed = byServiceId.remove(serviceId) != null;
            if (removed) {
                rebuild();
            }
        }
        if (removed) {
            onChange.run();
        }
    }

    void clear() {
        synchronized (byServiceId) {
            byServiceId.clear();
            rebuild();
        }
        onChange.run();
    }

    private void rebuild() {
        Map<String, Category> byCode = new LinkedHashMap<>();
        byServiceId.values().forEach(category -> byCode.putIfAbsent(category.code(), category));
        offered = byCode.values().stream().sorted(DISPLAY_ORDER).toList();
    }

    @Override
    public List<Category> all() {
        return offered;
    }

    @Override
    public Optional<Category> find(String code) {
        return offered.stream().filter(category -> category.code().equals(code)).findFirst();
    }
}
