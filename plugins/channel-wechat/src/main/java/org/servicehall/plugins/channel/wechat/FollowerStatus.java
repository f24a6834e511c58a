package org.servicehall.plugins.channel.wechat;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.servicehall.plugin.api.channel.CaseStatus;
import org.servicehall.plugin.api.channel.ChannelContext;

/** The answer to a tracking number: the complaint's status, in full only for its own complainant. */
final class FollowerStatus {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private FollowerStatus() {
    }

    /**
     * The status of a complaint: in full (category and dates) for the follower who filed it; for
     * anyone else, who may have guessed a neighbouring number, only its stage.
     */
    static String of(String number, String openid, ChannelContext context) {
        Optional<CaseStatus> status = context.status(number);
        if (status.isEmpty()) {
            return Texts.notFound(number);
        }
        CaseStatus s = status.get();
        if (!context.fromComplainant(s.trackingNumber(), openid)) {
            return Texts.stage(s.trackingNumber(), s.statusLabel().zh(), s.finished());
        }
        return Texts.status(s.trackingNumber(), s.statusLabel().zh(), s.categoryLabel().zh(),
                DAY.format(s.receivedAt().atZone(context.zone())), DAY.format(s.updatedAt().atZone(context.zone())),
                s.finished());
    }
}
