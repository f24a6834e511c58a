package org.servicehall.plugins.channel.email;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicehall.plugin.api.channel.CaseQuery;
import org.servicehall.plugin.api.channel.CaseStatus;
import org.servicehall.plugin.api.channel.ChannelCategory;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.InvalidRegistrationException;
import org.servicehall.plugin.api.channel.Registered;
import org.servicehall.plugin.api.channel.Registration;
import org.servicehall.plugin.api.common.LocalizedText;

/** The host as the email channel sees it: registrations idempotent by external id, notes, settings. */
class FakeHall implements ChannelContext {

    /** The query code of every complaint this fake hall files. */
    static final String QUERY_CODE = "246810";

    final Map<String, String> settings = new HashMap<>();
    final List<Registration> registrations = new ArrayList<>();
    final Map<String, String> numbers = new LinkedHashMap<>();
    final Map<String, List<String>> notes = new HashMap<>();
    /** Tracking number → the contact given with it (the sender of the mail that filed it). */
    final Map<String, String> contacts = new HashMap<>();
    /** Tracking number → what was recorded as undeliverable. */
    final Map<String, List<String>> undeliverable = new HashMap<>();
    /** Kept files per tracking number: name → content; like the host, by their first bytes (PDF, PNG and JPEG here). */
    final Map<String, Map<String, byte[]>> evidence = new HashMap<>();
    RuntimeException failRegister;
    int sequence = 56;

    @Override
    public String channelId() {
        return EmailChannel.ID;
    }

    @Override
    public Instant now() {
        return Instant.parse("2026-11-29T02:00:00Z");
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Registered register(Registration r) {
        if (failRegister != null) {
            throw failRegister;
        }
        if (r.description() == null || r.description().length() > 6000) {
            throw new InvalidRegistrationException(Map.of("description", "tooLong"));
        }
        String known = numbers.get(r.externalId());
        if (known != null) {
            return new Registered(known, true, QUERY_CODE);
        }
        String number = String.format("TS-20261129-%05d", ++sequence);
        numbers.put(r.externalId(), number);
        r.contactEmail().ifPresent(e -> contacts.put(number, e));
        registrations.add(r);
        return new Registered(number, false, QUERY_CODE);
    }

    @Override
    public boolean addNote(String trackingNumber, String text) {
        if (!numbers.containsValue(trackingNumber)) {
            return false;
        }
        notes.computeIfAbsent(trackingNumber, n -> new ArrayList<>()).add(text);
        return true;
    }

    @Override
    public boolean addEvidence(String trackingNumber, String fileName, String contentType, byte[] content) {
        if (!numbers.containsValue(trackingNumber)) {
            return false;
        }
        if (content.length == 0) {
            throw new InvalidRegistrationException(Map.of("file", "empty"));
        }
        String head = new String(content, 0, Math.min(4, content.length), StandardCharsets.ISO_8859_1);
        if (!head.startsWith("%PDF") && !head.startsWith("\u0089PNG") && !head.startsWith("\u00FF\u00D8\u00FF")) {
            throw new InvalidRegistrationException(Map.of("file", "type"));
        }
        Map<String, byte[]> kept = evidence.computeIfAbsent(trackingNumber, n -> new LinkedHashMap<>());
        if (kept.values().stream().noneMatch(c -> Arrays.equals(c, content))) {
            kept.put(fileName, content);
        }
        return true;
    }

    @Override
    public boolean fromComplainant(String trackingNumber, String contact) {
        return contact != null && contact.equalsIgnoreCase(contacts.get(trackingNumber));
    }

    @Override
    public boolean recordUndeliverable(String trackingNumber, String reason) {
        if (!numbers.containsValue(trackingNumber)) {
            return false;
        }
        List<String> recorded = undeliverable.computeIfAbsent(trackingNumber, n -> new ArrayList<>());
        if (!recorded.contains(reason)) {
            recorded.add(reason);
        }
        return true;
    }

    @Override
    public Optional<String> filedDescription(String trackingNumber) {
        return Optional.empty();
    }

    @Override
    public Optional<CaseStatus> status(String trackingNumber) {
        return Optional.empty();
    }

    @Override
    public List<CaseStatus> cases(CaseQuery query) {
        return List.of();
    }

    @Override
    public List<ChannelCategory> categories() {
        return List.of(
                new ChannelCategory("SERVICE_ATTITUDE", LocalizedText.of("服务态度", "Service attitude")),
                new ChannelCategory("BUSINESS_HANDLING", LocalizedText.of("业务办理", "Business handling")),
                new ChannelCategory("FACILITIES_ENVIRONMENT", LocalizedText.of("设施环境", "Facilities")));
    }

    @Override
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }
}
