package org.servicehall.plugins.channel.email;

import java.util.List;

/**
 * What became of a mail's attachments: the names kept as evidence with the complaint and those
 * that were not (refused by type or size, unreadable, or beyond the number kept per mail).
 */
record Kept(List<String> kept, List<String> notKept) {
    Kept {
        kept = List.copyOf(kept);
        notKept = List.copyOf(notKept);
    }

    static Kept none(List<InboundMail.Attachment> attachments) {
        return new Kept(List.of(), attachments.stream().map(InboundMail.Attachment::fileName).toList());
    }
}
