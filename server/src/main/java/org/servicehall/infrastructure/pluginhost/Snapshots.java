package org.servicehall.infrastructure.pluginhost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.HistoryEntry;
import org.servicehall.plugin.api.escalation.ComplaintSnapshot;
import org.servicehall.plugin.api.escalation.HistoryItem;
import org.servicehall.plugin.api.escalation.Stage;
import org.servicehall.plugin.api.escalation.Urgency;

/** Translates a complaint into the read-only snapshot escalation rules see; personal data stays out. */
final class Snapshots {

    private Snapshots() {
    }

    static ComplaintSnapshot of(Complaint complaint) {
        ComplaintSnapshot.Builder builder = ComplaintSnapshot.builder(complaint.trackingNumber().value())
                .status(complaint.status().name())
                .urgency(Urgency.valueOf(complaint.urgency().name()))
                .categoryCode(complaint.category().code())
                .channel(complaint.channel().code())
                .current(complaint.deadlines().currentStage().map(s -> Stage.valueOf(s.name())).orElse(null),
                        complaint.deadlines().current().orElse(null))
                .supervised(complaint.oversight().supervision().isOn())
                .description(complaint.description())
                .complainantPhoneHash(complaint.complainant().phone().map(p -> hash(p.value())).orElse(null))
                .staffComplainedAboutId(complaint.registration().staffComplainedAboutId().orElse(null))
                .windowComplainedAbout(complaint.reception().windowComplainedAbout().orElse(null))
                .assignedTo(complaint.investigation().assignment().map(a -> a.departmentCode()).orElse(null),
                        complaint.investigation().assignment().map(a -> a.handlerId()).orElse(null))
                .receivedAt(complaint.receivedAt())
                .history(complaint.history().stream().map(Snapshots::item).toList());
        for (org.servicehall.domain.model.calendar.Stage stage : org.servicehall.domain.model.calendar.Stage.values()) {
            Stage api = Stage.valueOf(stage.name());
            builder.due(api, complaint.deadlines().due(stage).orElse(null));
            builder.done(api, complaint.deadlines().done(stage).orElse(null));
        }
        return builder.build();
    }

    private static HistoryItem item(HistoryEntry entry) {
        return new HistoryItem(entry.action().name(), entry.occurredAt(), entry.actor().role().name());
    }

    /** Equal phones give equal hashes; the number cannot be read back from it. */
    static String hash(String phone) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("servicehall-phone:" + phone).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
