package org.servicehall.plugins.notify.sms;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What this notifier handed to the gateway, per outbox message, while the server runs.
 *
 * <p>The host retries a message whose send threw or did not answer in time. A retry hands over only
 * the parts (of a long message, for each phone of a role) that the gateway has not accepted yet,
 * under the same concatenation reference, so the phone still joins them; a message the gateway
 * accepted in full is not sent again. And a delivery receipt, which names the gateway's id of one
 * part, is traced back to the outbox message: delivered once every part is, not delivered as soon
 * as one part will never be.
 *
 * <p>Kept in memory, bounded (the oldest messages are forgotten first): after a restart a retry
 * sends again and an old receipt finds nothing, which is logged and dropped.
 */
final class Ledger {

    static final int MAX_MESSAGES = 10_000;
    static final int MAX_GATEWAY_IDS = 50_000;

    /** What a receipt says about an outbox message, to report to the host. */
    record Report(long messageId, boolean delivered, String detail) {
    }

    /** The parts of one outbox message. */
    static final class Entry {
        private final long messageId;
        private final int reference;
        private final int parts;
        private final Set<String> handedOver = new HashSet<>();
        private int delivered;
        private boolean reported;

        private Entry(long messageId, int reference, int parts) {
            this.messageId = messageId;
            this.reference = reference;
            this.parts = parts;
        }

        /** The concatenation reference of this message's long texts, the same on every retry. */
        int reference() {
            return reference;
        }
    }

    private final Map<Long, Entry> messages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > MAX_MESSAGES;
        }
    };
    private final Map<String, Entry> byGatewayId = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_GATEWAY_IDS;
        }
    };
    private int nextReference = ThreadLocalRandom.current().nextInt(256);

    /**
     * The entry of a message that takes this many short messages in all; a new one (with a new
     * reference) when the message is new, or when its text now takes a different number of parts
     * (its settings changed between two tries).
     */
    synchronized Entry open(long messageId, int parts) {
        Entry entry = messages.get(messageId);
        if (entry == null || entry.parts != parts) {
            entry = new Entry(messageId, nextReference++ & 0xFF, parts);
            messages.put(messageId, entry);
        }
        return entry;
    }

    /** Whether the gateway accepted this part (e.g. {@code phone#2}) of the message before. */
    synchronized boolean handedOver(Entry entry, String part) {
        return entry.handedOver.contains(part);
    }

    /**
     * The gateway accepted this part under its own id (null when it names none); its receipt will
     * name that id.
     */
    synchronized void handOver(Entry entry, String part, String gatewayId) {
        entry.handedOver.add(part);
        if (gatewayId != null && !gatewayId.isEmpty()) {
            byGatewayId.put(key(gatewayId), entry);
        }
    }

    /**
     * A final receipt for the part the gateway knows by this id: what to report about its
     * message, if anything is to be reported now (once per message). The id is matched as given,
     * and, since some SMS centres answer a submission with a hexadecimal id and name it in decimal
     * in the receipt (or the other way round), also converted between the two.
     */
    synchronized Optional<Report> receipt(String gatewayId, boolean delivered, String detail) {
        String key = key(gatewayId);
        Entry entry = byGatewayId.remove(key);
        if (entry == null) {
            String other = otherRadix(key);
            entry = other == null ? null : byGatewayId.remove(other);
        }
        if (entry == null || entry.reported) {
            return Optional.empty();
        }
        if (!delivered) {
            entry.reported = true;
            return Optional.of(new Report(entry.messageId, false, detail));
        }
        entry.delivered++;
        if (entry.delivered >= entry.parts) {
            entry.reported = true;
            return Optional.of(new Report(entry.messageId, true, detail));
        }
        return Optional.empty();
    }

    private static String key(String gatewayId) {
        return gatewayId.strip().toUpperCase(Locale.ROOT);
    }

    /** A decimal id in hexadecimal, a hexadecimal one in decimal; null when it is neither (or too long). */
    private static String otherRadix(String id) {
        try {
            if (id.matches("[0-9]{1,18}")) {
                return Long.toHexString(Long.parseLong(id)).toUpperCase(Locale.ROOT);
            }
            if (id.matches("[0-9A-F]{1,15}")) {
                return Long.toString(Long.parseLong(id, 16));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }
}
