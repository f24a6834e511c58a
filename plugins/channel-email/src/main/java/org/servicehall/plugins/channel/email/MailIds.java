package org.servicehall.plugins.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A mail's external id: its Message-ID, or a hash of it or of the mail when it has none that fits. */
final class MailIds {

    private MailIds() {
    }

    static String externalId(String messageId, String sender, MimeMessage message, String subject, String body)
            throws MessagingException {
        if (messageId != null) {
            String id = messageId.strip();
            if (id.startsWith("<") && id.endsWith(">")) {
                id = id.substring(1, id.length() - 1).strip();
            }
            if (!id.isEmpty() && id.length() <= InboundMail.EXTERNAL_ID_MAX && id.chars().allMatch(c -> c > 32 && c < 127)) {
                return id;
            }
            if (!id.isEmpty()) {
                return "sha256:" + sha256(id);
            }
        }
        String date = message.getHeader("Date", ",");
        return "sha256:" + sha256(sender + "\n" + date + "\n" + subject + "\n" + body);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
