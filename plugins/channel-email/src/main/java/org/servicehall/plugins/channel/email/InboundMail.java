package org.servicehall.plugins.channel.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One mail as the channel reads it: who sent it, where an answer goes, its subject and readable
 * text (text/plain preferred, else HTML reduced to text), what is attached, and a stable id for
 * idempotent registration (its Message-ID, or a digest when it has none or an unusable one).
 */
record InboundMail(String externalId, String messageId, String references, String senderAddress, String senderName,
                   InternetAddress replyTo, String subject, String body, List<Attachment> attachments,
                   boolean automatic) {

    /** The most nested parts read; deeper ones are ignored. */
    private static final int MAX_DEPTH = 8;
    /** The most characters of an external id the host accepts. */
    static final int EXTERNAL_ID_MAX = 100;

    /** The most bytes of one attachment read; a larger one is listed but not offered as evidence. */
    static final int ATTACHMENT_READ_MAX = 32 * 1024 * 1024;

    /**
     * A file attached to the mail, as listed in the complaint and offered to the host as evidence.
     *
     * @param content its decoded bytes; null when it could not be read or is larger than {@link #ATTACHMENT_READ_MAX}
     */
    record Attachment(String fileName, String contentType, int size, byte[] content) {
    }

    /** The mail cannot be read as a complaint; the reason is a fixed code, never the mail's content. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String code) {
            super(code);
        }

        Unreadable(String code, Throwable cause) {
            super(code, cause);
        }
    }

    /**
     * Reads a mail.
     *
     * @throws Unreadable when it has no usable sender or its content cannot be decoded
     */
    static InboundMail read(MimeMessage message) throws Unreadable {
        try {
            // From the header block, not the IMAP envelope: a server may pass raw UTF-8 headers
            // (RFC 6532) on in the envelope as bytes the client reads as Latin-1, or as "?".
            InternetAddress sender = SenderHeaders.sender(SenderHeaders.header(message, "From", message.getFrom()));
            if (sender == null) {
                throw new Unreadable("noSender");
            }
            InternetAddress replyTo = SenderHeaders.sender(SenderHeaders.header(message, "Reply-To", message.getReplyTo()));
            String rawSubject = message.getHeader("Subject", null);
            String subject = Texts.oneLine(decoded(Texts.repairUtf8(rawSubject == null ? message.getSubject()
                    : MimeUtility.unfold(rawSubject))));
            Collector parts = new Collector();
            parts.walk(message, 0);
            String body = parts.plain != null ? parts.plain : parts.html != null ? HtmlText.of(parts.html) : "";
            String messageId = Texts.oneLine(message.getMessageID());
            String references = Texts.oneLine(message.getHeader("References", " "));
            String externalId = MailIds.externalId(messageId, sender.getAddress(), message, subject, body);
            return new InboundMail(externalId, messageId, references, sender.getAddress().toLowerCase(Locale.ROOT),
                    Texts.oneLine(Texts.repairUtf8(sender.getPersonal())), replyTo == null ? sender : replyTo, subject,
                    Texts.tidyBody(body), List.copyOf(parts.attachments), AutomaticMail.is(message, sender));
        } catch (MessagingException e) {
            throw new Unreadable("malformed", e);
        } catch (IOException e) {
            throw new Unreadable("undecodable", e);
        } catch (RuntimeException e) {
            throw new Unreadable("malformed", e);
        }
    }

    /** Subject and text, for the category words and the tracking number. */
    String searchableText() {
        return subject + "\n" + body;
    }

    Optional<String> name() {
        return Optional.ofNullable(senderName).filter(n -> !n.isBlank());
    }

    private static String decoded(String text) {
        if (text == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(text);
        } catch (UnsupportedEncodingException e) {
            return text;
        }
    }

    /** Walks the MIME tree: the first text/plain, the first text/html, and the attachments. */
    private static final class Collector {
        String plain;
        String html;
        final List<Attachment> attachments = new ArrayList<>();

        void walk(Part part, int depth) throws MessagingException, IOException {
            if (depth > MAX_DEPTH) {
                return;
            }
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
            if (part.isMimeType("multipart/*")) {
                Object content = part.getContent();
                if (!(content instanceof Multipart multipart)) {
                    throw new MessagingException("multipart without parts");
                }
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, depth + 1);
                }
            } else if (!attached && part.isMimeType("text/plain") && plain == null) {
                plain = text(part);
            } else if (!attached && part.isMimeType("text/html") && html == null) {
                html = text(part);
            } else if (attached || !part.isMimeType("text/*")) {
                attachments.add(new Attachment(fileName(part), contentType(part), size(part), content(part)));
            }
        }

        private static String text(Part part) throws MessagingException, IOException {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
            if (content instanceof InputStream in) {
                try (in) {
                    return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
                }
            }
            throw new IOException("text part without text");
        }

        private static byte[] content(Part part) {
            try (InputStream in = part.getInputStream()) {
                byte[] bytes = in.readNBytes(ATTACHMENT_READ_MAX + 1);
                return bytes.length > ATTACHMENT_READ_MAX ? null : bytes;
            } catch (IOException | MessagingException | RuntimeException e) {
                return null; // listed, not kept: the original mail still holds it
            }
        }

        private static String fileName(Part part) throws MessagingException {
            String name = part.getFileName();
            if (name == null && part.isMimeType("message/rfc822")) {
                name = "message.eml";
            }
            String decoded = Texts.oneLine(decoded(name));
            return decoded.isEmpty() ? "(未命名 / unnamed)" : Texts.cut(decoded, 100);
        }

        private static String contentType(Part part) throws MessagingException {
            String type = part.getContentType();
            if (type == null) {
                return "application/octet-stream";
            }
            int semi = type.indexOf(';');
            return Texts.cut(Texts.oneLine(semi < 0 ? type : type.substring(0, semi)).toLowerCase(Locale.ROOT), 100);
        }

        private static int size(Part part) throws MessagingException {
            int size = part.getSize();
            if (size >= 0 && "base64".equalsIgnoreCase(encoding(part))) {
                return size / 4 * 3; // the size IMAP reports is the encoded one
            }
            return size;
        }

        private static String encoding(Part part) throws MessagingException {
            String[] values = part.getHeader("Content-Transfer-Encoding");
            return values == null || values.length == 0 ? "" : values[0].strip();
        }
    }
}
