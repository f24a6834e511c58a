package org.servicehall.plugins.notify.wecom;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.servicehall.plugin.api.notify.NotifierContext;

/** The host's side as a notifier sees it: the settings IT entered for one notifier, and the hall's clock. */
final class HallContext implements NotifierContext {

    static final Instant NOW = Instant.parse("2026-11-28T02:30:00Z");

    final Map<String, String> settings = new ConcurrentHashMap<>();
    final List<String> reports = new CopyOnWriteArrayList<>();
    private final String notifierId;

    HallContext(String notifierId) {
        this.notifierId = notifierId;
    }

    @Override
    public Instant now() {
        return NOW;
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Optional<String> setting(String notifierId, String key) {
        return this.notifierId.equals(notifierId) ? Optional.ofNullable(settings.get(key)) : Optional.empty();
    }

    @Override
    public boolean deliveryReport(String notifierId, long messageId, boolean delivered, String detail) {
        reports.add(notifierId + " " + messageId + " " + delivered + " " + detail);
        return true;
    }

    @Override
    public int withdrawConsent(String phoneOrEmail) {
        return 0;
    }
}
