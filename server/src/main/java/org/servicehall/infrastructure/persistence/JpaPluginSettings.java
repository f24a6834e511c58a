package org.servicehall.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The PLUGIN_SETTING table: values IT staff set for plugin settings, by full key
 * ({@code servicehall.rule.<id>.<key>}, {@code servicehall.channel.<id>.<key>}, ...). Read at every
 * call into a plugin, so it is cached; the cache is refreshed at once after a change on this server
 * and within a few seconds after a change on another server sharing the database.
 */
@ApplicationScoped
public class JpaPluginSettings {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);
    private static final InstantAttributeConverter UTC = new InstantAttributeConverter();

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    private volatile Map<String, String> cache;
    private volatile Instant loadedAt = Instant.EPOCH;

    /** The value IT set for a full key, if any. */
    public Optional<String> value(String fullKey) {
        return Optional.ofNullable(current().get(fullKey));
    }

    /** Every value IT set, by full key. */
    public Map<String, String> all() {
        return current();
    }

    /** Sets (or, with a null value, clears) the values of some keys in one transaction. */
    @Transactional
    public void put(Map<String, String> values, String actor, Instant at) {
        for (Map.Entry<String, String> entry : values.entrySet()) {
            em.createNativeQuery("DELETE FROM PLUGIN_SETTING WHERE SETTING_KEY = ?")
                    .setParameter(1, entry.getKey()).executeUpdate();
            if (entry.getValue() != null) {
                em.createNativeQuery("INSERT INTO PLUGIN_SETTING (SETTING_KEY, SETTING_VALUE, CHANGED_BY, CHANGED_AT)"
                                + " VALUES (?, ?, ?, ?)")
                        .setParameter(1, entry.getKey()).setParameter(2, entry.getValue())
                        .setParameter(3, actor).setParameter(4, UTC.convertToDatabaseColumn(at))
                        .executeUpdate();
            }
        }
        loadedAt = Instant.EPOCH;
    }

    private Map<String, String> current() {
        Map<String, String> known = cache;
        if (known == null || Duration.between(loadedAt, Instant.now()).compareTo(FRESH_FOR) > 0) {
            known = load();
            cache = known;
            loadedAt = Instant.now();
        }
        return known;
    }

    @Transactional
    Map<String, String> load() {
        Map<String, String> values = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT SETTING_KEY, SETTING_VALUE FROM PLUGIN_SETTING").getResultList()) {
            Object[] columns = (Object[]) row;
            values.put((String) columns[0], (String) columns[1]);
        }
        return Map.copyOf(values);
    }
}
