package org.servicehall.plugins.channel.email;

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

    private MailTexts() {
    }

    /** Subject, text and the list of attachments, within what the host accepts. */
    static String description(InboundMail mail) {
        String head = mail.subject().isEmpty() ? "" : "主题 / Subject: " + mail.subject() + "\n\n";
        return Texts.compose(head, mail.body(), AttachmentList.of(mail), DESCRIPTION_MAX);
    }

    /** As {@link #description(InboundMail)}, telling staff that the mail quoted another's complaint. */
    static String description(InboundMail mail, String quotedNumber) {
        String head = "（此邮件引用了投诉 " + quotedNumber + "，但发件人不是该投诉的联系人或该编号不是本邮箱受理的投诉，故另行登记 / "
                + "This mail quotes complaint " + quotedNumber + ", but its sender is not that complaint's contact or the number is "
                + "not a complaint this mailbox took in, so it is filed on its own）\n"
                + (mail.subject().isEmpty() ? "\n" : "主题 / Subject: " + mail.subject() + "\n\n");
        return Texts.compose(head, mail.body(), AttachmentList.of(mail), DESCRIPTION_MAX);
    }

    /** The note names its sender, as staff must see who added to the case. */
    static String noteText(InboundMail mail) {
        String sender = mail.name().map(n -> n + " <" + mail.senderAddress() + ">").orElse(mail.senderAddress());
        String head = "邮件补充 / Added by email, 发件人 / from " + sender
                + (mail.subject().isEmpty() ? "" : "\n主题 / Subject: " + mail.subject()) + "\n\n";
        return Texts.compose(head, mail.body(), AttachmentList.of(mail), NOTE_MAX);
    }
}
