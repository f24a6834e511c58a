package org.servicehall.plugins.channel.email;

import java.util.Locale;

/**
 * What a mail becomes in the hall: a complaint's description or a note, with its subject, text and
 * the list of its attachments, within the lengths the host accepts.
 */
final class MailTexts {

    /** The largest description the host accepts. */
    static final int DESCRIPTION_MAX = 2000;
    /** The largest note the host accepts. */
    static final int NOTE_MAX = 4000;
    /** The longest contact name the host accepts. */
    static final int NAME_MAX = 50;
    private static final int ATTACHMENTS_LISTED = 10;

    private MailTexts() {
    }

    /** Subject, text and the list of attachments, within what the host accepts. */
    static String description(InboundMail mail) {
        String head = mail.subject().isEmpty() ? "" : "主题 / Subject: " + mail.subject() + "\n\n";
        return compose(head, mail.body(), attachmentList(mail), DESCRIPTION_MAX);
    }

    /** As {@link #description(InboundMail)}, telling staff that the mail quoted another's complaint. */
    static String description(InboundMail mail, String quotedNumber) {
        String head = "（此邮件引用了投诉 " + quotedNumber + "，但发件人不是该投诉的联系人或该编号不是本邮箱受理的投诉，故另行登记 / "
                + "This mail quotes complaint " + quotedNumber + ", but its sender is not that complaint's contact or the number is "
                + "not a complaint this mailbox took in, so it is filed on its own）\n"
                + (mail.subject().isEmpty() ? "\n" : "主题 / Subject: " + mail.subject() + "\n\n");
        return compose(head, mail.body(), attachmentList(mail), DESCRIPTION_MAX);
    }

    /** The note names its sender, as staff must see who added to the case. */
    static String noteText(InboundMail mail) {
        String sender = mail.name().map(n -> n + " <" + mail.senderAddress() + ">").orElse(mail.senderAddress());
        String head = "邮件补充 / Added by email, 发件人 / from " + sender
                + (mail.subject().isEmpty() ? "" : "\n主题 / Subject: " + mail.subject()) + "\n\n";
        return compose(head, mail.body(), attachmentList(mail), NOTE_MAX);
    }

    private static String compose(String head, String body, String tail, int max) {
        String marker = "\n…（正文过长，已截断；全文见原邮件 / text cut, see the original mail）";
        String text = body.isEmpty() && tail.isEmpty() ? "（邮件无正文 / the mail has no text）" : body;
        int room = max - head.length() - tail.length();
        if (text.length() > room) {
            text = Texts.cut(text, Math.max(0, room - marker.length())) + marker;
        }
        return Texts.cut(head + text + tail, max);
    }

    private static String attachmentList(InboundMail mail) {
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
