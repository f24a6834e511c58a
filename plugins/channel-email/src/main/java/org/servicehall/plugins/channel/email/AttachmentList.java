package org.servicehall.plugins.channel.email;

import java.util.Locale;

/** The list of a mail's attachments under its text: name, type and size, the first ten. */
final class AttachmentList {

    private static final int ATTACHMENTS_LISTED = 10;

    private AttachmentList() {
    }

    static String of(InboundMail mail) {
        if (mail.attachments().isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder("\n\n附件 / Attachments:");
        mail.attachments().stream().limit(ATTACHMENTS_LISTED).forEach(a -> list.append("\n- ").append(a.fileName())
                .append(" (").append(a.contentType()).append(a.size() >= 0 ? ", " + size(a.size()) : "").append(')'));
        if (mail.attachments().size() > ATTACHMENTS_LISTED) {
            list.append("\n- … +").append(mail.attachments().size() - ATTACHMENTS_LISTED);
        }
        return list.toString();
    }

    private static String size(int bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
