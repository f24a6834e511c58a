package org.servicehall.plugins.channel.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.regex.Pattern;

/**
 * The answers the channel mails back, Simplified Chinese first, then English, in one mail, threaded
 * under the citizen's mail (In-Reply-To, References) and carrying the tracking number in the subject
 * so that a reply quoting it finds the case again.
 */
final class Replies {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,250}>");

    private Replies() {
    }

    /** The complaint was filed: its tracking number, what became of the attachments, and how to add to it. */
    static String filedText(String trackingNumber, String queryCode, Kept files) {
        return "您好：\n\n"
                + "我们已收到您的投诉，受理编号为 " + trackingNumber + "。请妥善保存此编号，可凭编号查询办理进度。"
                + (queryCode == null ? "" : "您的查询码为 " + queryCode + "：在大厅自助终端或网站上查询详情、评价办理结果时，"
                        + "需同时输入编号和查询码，请勿告诉他人。")
                + "如需补充材料或说明，请直接回复本邮件并保留邮件标题中的编号，补充内容将并入同一投诉。\n\n"
                + KeptLists.zh(files)
                + "政务服务中心投诉受理\n\n"
                + "----------\n\n"
                + "Hello,\n\n"
                + "We have received your complaint. Its tracking number is " + trackingNumber + ". Please keep this "
                + "number: it lets you check the progress. "
                + (queryCode == null ? "" : "Your query code is " + queryCode + ": at a kiosk in the hall or on the "
                        + "website, the number and this code show the details and let you rate the result; keep it to "
                        + "yourself. ")
                + "To add anything, reply to this mail and keep the number "
                + "in the subject; what you send will be added to the same complaint.\n\n"
                + KeptLists.en(files)
                + "Public Service Center, complaints desk\n";
    }

    /** What the citizen sent later was added to the case. */
    static String noteText(String trackingNumber, Kept files) {
        return "您好：\n\n"
                + "您补充的内容已并入投诉 " + trackingNumber + "，承办人员将一并处理。\n\n"
                + KeptLists.zh(files)
                + "政务服务中心投诉受理\n\n"
                + "----------\n\n"
                + "Hello,\n\n"
                + "What you sent has been added to complaint " + trackingNumber + "; the staff handling it will "
                + "take it into account.\n\n"
                + KeptLists.en(files)
                + "Public Service Center, complaints desk\n";
    }

    static String filedSubject(String trackingNumber, String originalSubject) {
        return subject(trackingNumber, originalSubject, "投诉已受理 / Complaint received");
    }

    static String noteSubject(String trackingNumber, String originalSubject) {
        return subject(trackingNumber, originalSubject, "补充内容已收到 / Addition received");
    }

    private static String subject(String trackingNumber, String original, String fallback) {
        String base = original == null || original.isBlank() ? fallback : "Re: " + Texts.cut(original.replaceFirst("(?i)^(re|回复|答复)\\s*[:：]\\s*", ""), 150);
        return base.contains(trackingNumber) ? base : "[" + trackingNumber + "] " + base;
    }

    /** The answer to one mail, ready to send. */
    static MimeMessage answer(Session session, InternetAddress from, InboundMail to, String subject, String text)
            throws MessagingException {
        MimeMessage reply = new MimeMessage(session);
        reply.setFrom(from);
        reply.setRecipient(Message.RecipientType.TO, to.replyTo());
        reply.setSubject(Texts.oneLine(subject), StandardCharsets.UTF_8.name());
        reply.setSentDate(new Date());
        reply.setHeader("Auto-Submitted", "auto-replied");
        String parent = to.messageId() == null ? null : to.messageId().strip();
        if (parent != null && MESSAGE_ID.matcher(parent).matches()) {
            reply.setHeader("In-Reply-To", parent);
            StringBuilder chain = new StringBuilder();
            for (String id : (to.references() == null ? "" : to.references()).split("\\s+")) {
                if (MESSAGE_ID.matcher(id).matches() && !id.equals(parent) && chain.length() + id.length() < 800) {
                    chain.append(id).append(' ');
                }
            }
            reply.setHeader("References", chain.append(parent).toString());
        }
        reply.setText(text, StandardCharsets.UTF_8.name());
        return reply;
    }
}
