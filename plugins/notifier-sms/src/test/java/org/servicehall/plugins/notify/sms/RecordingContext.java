package org.servicehall.plugins.notify.sms;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.servicehall.plugin.api.notify.NotifierContext;

/**
 * The host's side of a notifier, as a plain class: settings IT entered (changeable while the
 * notifier runs), and the delivery reports and consent withdrawals the notifier hands back.
 */
final class RecordingContext implements NotifierContext {

    record Report(String notifierId, long messageId, boolean delivered, String detail) {
    }

    private final Map<String, String> settings = new ConcurrentHashMap<>();
    final List<Report> reports = new CopyOnWriteArrayList<>();
    final List<String> withdrawals = new CopyOnWriteArrayList<>();

    RecordingContext set(String key, String value) {
        settings.put(key, value);
        return this;
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Optional<String> setting(String notifierId, String key) {
        return SmsNotifier.ID.equals(notifierId) ? Optional.ofNullable(settings.get(key)) : Optional.empty();
    }

    @Override
    public boolean deliveryReport(String notifierId, long messageId, boolean delivered, String detail) {
        reports.add(new Report(notifierId, messageId, delivered, detail));
        return true;
    }

    @Override
    public int withdrawConsent(String phoneOrEmail) {
        withdrawals.add(phoneOrEmail);
        return 1;
    }

    /** Waits for something the notifier does on its own threads; fails after a generous limit. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
