package org.servicehall.plugins.channel.wechat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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

/** The hall as the adapter sees it, in memory, with a clock the test moves. */
final class FakeHall implements ChannelContext {

    /** The query code of every complaint this fake hall files. */
    static final String QUERY_CODE = "246810";

    static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    Instant now = START;
    final Map<String, String> settings = new HashMap<>(Map.of("token", "it-token"));
    final List<Registration> registrations = new ArrayList<>();
    final Map<String, String> byExternalId = new HashMap<>();
    boolean refuse;
    boolean down;

    @Override
    public String channelId() {
        return WechatChannel.ID;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Registered register(Registration registration) {
        if (down) {
            throw new IllegalStateException("the database is down");
        }
        if (refuse) {
            throw new InvalidRegistrationException(Map.of("description", "invalid"));
        }
        String known = byExternalId.get(registration.externalId());
        if (known != null) {
            return new Registered(known, true, QUERY_CODE);
        }
        registrations.add(registration);
        String number = String.format("TS-20260302-%05d", registrations.size());
        byExternalId.put(registration.externalId(), number);
        return new Registered(number, false, QUERY_CODE);
    }

    @Override
    public boolean addNote(String trackingNumber, String text) {
        return false;
    }

    @Override
    public boolean addEvidence(String trackingNumber, String fileName, String contentType, byte[] content) {
        return false; // text messages carry no files
    }

    @Override
    public boolean fromComplainant(String trackingNumber, String contact) {
        // as the host: the sender named after the ':' of the external id the complaint was filed with
        return byExternalId.entrySet().stream()
                .anyMatch(e -> e.getValue().equals(trackingNumber) && e.getKey().endsWith(':' + contact));
    }

    @Override
    public boolean recordUndeliverable(String trackingNumber, String reason) {
        return false;
    }

    @Override
    public Optional<String> filedDescription(String trackingNumber) {
        return Optional.empty();
    }

    @Override
    public Optional<CaseStatus> status(String trackingNumber) {
        if (!byExternalId.containsValue(trackingNumber)) {
            return Optional.empty();
        }
        return Optional.of(new CaseStatus(trackingNumber, "INVESTIGATING", LocalizedText.of("调查核实中", "Investigating"),
                "WECHAT", "SERVICE_ATTITUDE", LocalizedText.of("服务态度", "Service attitude"), START, START.plusSeconds(3600),
                false));
    }

    @Override
    public List<CaseStatus> cases(CaseQuery query) {
        return List.of();
    }

    @Override
    public List<ChannelCategory> categories() {
        return List.of(new ChannelCategory("SERVICE_ATTITUDE", LocalizedText.of("服务态度", "Service attitude")),
                new ChannelCategory("BUSINESS_HANDLING", LocalizedText.of("业务办理", "Business handling")),
                new ChannelCategory("FACILITIES_ENVIRONMENT", LocalizedText.of("设施环境", "Facilities and environment")));
    }

    @Override
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }
}
