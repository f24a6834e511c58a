package org.servicehall.plugins.channel.email;

import java.time.Duration;
import java.util.List;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.common.SettingSpec.Type;

/**
 * The channel's settings ({@code servicehall.channel.email.<key>}), as declared to the admin screen
 * and as read at each poll. Passwords are {@link Type#SECRET}: read here, handed to the mail
 * session, never logged.
 */
record MailSettings(String imapHost, int imapPort, boolean imapSsl, String user, String password, String inbox,
                    String processedFolder, String unprocessedFolder, int pollSeconds, String smtpHost, int smtpPort,
                    boolean smtpSsl, boolean smtpStartTls, String smtpUser, String smtpPassword, String smtpFrom,
                    String categoryMap, String categoryDefault, int maxMessageBytes, int maxAttachments, int maxPerPoll,
                    int timeoutMillis, int budgetMillis, String trustStore, String trustStorePassword) {

    static final int DEFAULT_POLL_SECONDS = 60;

    static MailSettings read(ChannelContext c) {
        boolean imapSsl = SettingValues.flag(c, "imap.ssl", true);
        boolean smtpSsl = SettingValues.flag(c, "smtp.ssl", true);
        String user = SettingValues.text(c, "imap.user", "");
        String password = SettingValues.raw(c, "imap.password");
        return new MailSettings(SettingValues.text(c, "imap.host", ""), SettingValues.number(c, "imap.port", imapSsl ? 993 : 143), imapSsl, user,
                password, SettingValues.text(c, "imap.folder", "INBOX"), SettingValues.text(c, "folder.processed", "ServiceHall-Processed"),
                SettingValues.text(c, "folder.unprocessed", "ServiceHall-Unprocessed"), SettingValues.number(c, "poll.seconds", DEFAULT_POLL_SECONDS),
                SettingValues.text(c, "smtp.host", ""), SettingValues.number(c, "smtp.port", smtpSsl ? 465 : 587), smtpSsl,
                SettingValues.flag(c, "smtp.starttls", false), SettingValues.text(c, "smtp.user", user),
                SettingValues.raw(c, "smtp.password").isEmpty() ? password : SettingValues.raw(c, "smtp.password"), SettingValues.text(c, "smtp.from", ""),
                c.setting("category.map").orElse(KeywordCategories.DEFAULT_TABLE),
                SettingValues.text(c, "category.default", KeywordCategories.DEFAULT_CATEGORY),
                SettingValues.number(c, "max.message.bytes", 10 * 1024 * 1024), SettingValues.number(c, "max.attachments", 10), SettingValues.number(c, "max.per.poll", 20),
                SettingValues.number(c, "timeout.millis", 5000), SettingValues.number(c, "poll.budget.millis", 10000),
                SettingValues.text(c, "tls.truststore", ""), SettingValues.raw(c, "tls.truststore.password"));
    }

    Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    boolean imapConfigured() {
        return !imapHost.isEmpty() && !user.isEmpty();
    }

    boolean smtpConfigured() {
        return !smtpHost.isEmpty() && !smtpFrom.isEmpty();
    }

    /** Never the passwords. */
    @Override
    public String toString() {
        return "MailSettings[" + imapHost + ":" + imapPort + (imapSsl ? " ssl" : "") + ", smtp " + smtpHost + ":" + smtpPort + "]";
    }

    static List<SettingSpec> specs() {
        return List.of(
                required("imap.host", Type.TEXT, "收件服务器（IMAP）", "Mail server (IMAP)",
                        "投诉邮箱的 IMAP 服务器地址；未设置时不收取邮件。", "The IMAP server of the complaints mailbox; while empty no mail is fetched."),
                spec("imap.port", Type.NUMBER, "", "IMAP 端口", "IMAP port",
                        "留空时：启用 SSL 为 993，否则为 143。", "Empty: 993 with SSL, 143 without."),
                spec("imap.ssl", Type.FLAG, "true", "IMAP 使用 SSL（IMAPS）", "IMAP over SSL (IMAPS)",
                        "连接收件服务器时使用 SSL/TLS。", "Connect to the mail server over SSL/TLS."),
                spec("tls.truststore", Type.TEXT, "", "信任的证书文件", "Trusted certificates file",
                        "邮件服务器使用自签或内部 CA 证书时，填写其证书或 CA 证书文件的路径（PEM，或 .p12/.pfx 的 PKCS12）；"
                                + "填写后只信任该文件中的证书（IMAPS、SMTPS 和 STARTTLS），并仍校验主机名。留空则使用 Java 的默认信任证书。",
                        "When the mail server has a self-signed or private-CA certificate: the path of its certificate or CA file "
                                + "(PEM, or PKCS12 as .p12/.pfx); then only these are trusted (IMAPS, SMTPS, STARTTLS) and the host "
                                + "name is still checked. Empty: Java's default trusted CAs."),
                spec("tls.truststore.password", Type.SECRET, "", "证书文件密码", "Trusted certificates file password",
                        "PKCS12 文件的密码（PEM 无需密码）。", "The password of a PKCS12 file (PEM needs none)."),
                required("imap.user", Type.TEXT, "邮箱用户名", "Mailbox user name",
                        "登录投诉邮箱的用户名。", "The user name of the complaints mailbox."),
                spec("imap.password", Type.SECRET, "", "邮箱密码", "Mailbox password",
                        "登录投诉邮箱的密码；保存后不再显示。", "The password of the complaints mailbox; never shown again once saved."),
                spec("imap.folder", Type.TEXT, "INBOX", "收取的文件夹", "Folder to fetch from",
                        "从此文件夹收取未读邮件。", "Unread mail is fetched from this folder."),
                spec("folder.processed", Type.TEXT, "ServiceHall-Processed", "已处理邮件文件夹", "Folder for processed mail",
                        "已登记或已并入投诉的邮件标为已读后移入此文件夹（不存在时自动创建）；留空则只标为已读。",
                        "Mail filed or added to a case is marked read and moved here (created when missing); empty: only marked read."),
                spec("folder.unprocessed", Type.TEXT, "ServiceHall-Unprocessed", "未能处理邮件文件夹", "Folder for mail not taken",
                        "无法解析或无法登记的邮件移入此文件夹保留，不会删除（不存在时自动创建）。",
                        "Mail that cannot be read or filed is kept in this folder, never deleted (created when missing)."),
                spec("poll.seconds", Type.NUMBER, Integer.toString(DEFAULT_POLL_SECONDS), "收取间隔（秒）", "Fetch interval (seconds)",
                        "每隔多少秒检查一次新邮件（至少 1 秒；在下一次收取后生效）。",
                        "How often new mail is checked for, in seconds (at least 1; applies after the next fetch)."),
                spec("smtp.host", Type.TEXT, "", "发件服务器（SMTP）", "Outgoing server (SMTP)",
                        "回复受理编号所用的 SMTP 服务器；未设置时不回复。", "The SMTP server for replies with the tracking number; while empty nothing is replied."),
                spec("smtp.port", Type.NUMBER, "", "SMTP 端口", "SMTP port",
                        "留空时：启用 SSL 为 465，否则为 587。", "Empty: 465 with SSL, 587 without."),
                spec("smtp.ssl", Type.FLAG, "true", "SMTP 使用 SSL", "SMTP over SSL",
                        "连接发件服务器时使用 SSL/TLS。", "Connect to the outgoing server over SSL/TLS."),
                spec("smtp.starttls", Type.FLAG, "false", "SMTP 使用 STARTTLS", "SMTP with STARTTLS",
                        "不使用 SSL 时，要求以 STARTTLS 加密连接。", "Without SSL, require the connection to be upgraded with STARTTLS."),
                spec("smtp.user", Type.TEXT, "", "SMTP 用户名", "SMTP user name",
                        "留空时使用邮箱用户名。", "Empty: the mailbox user name."),
                spec("smtp.password", Type.SECRET, "", "SMTP 密码", "SMTP password",
                        "留空时使用邮箱密码；保存后不再显示。", "Empty: the mailbox password; never shown again once saved."),
                spec("smtp.from", Type.TEXT, "", "回复发件地址", "Reply sender address",
                        "回复邮件的发件人地址，如 tousu@example.gov.cn。", "The sender address of replies, e.g. complaints@example.gov.cn."),
                spec("category.map", Type.LIST, KeywordCategories.DEFAULT_TABLE, "关键词分类对照表", "Keyword to category mapping",
                        "关键词=分类代码，用逗号分隔；邮件标题或正文含有关键词时按表中先出现者归类。",
                        "word=category code, comma-separated; a mail whose subject or text contains a word gets the first matching category."),
                spec("category.default", Type.TEXT, KeywordCategories.DEFAULT_CATEGORY, "默认分类", "Default category",
                        "不含任何关键词的邮件归入此分类。", "Mail containing none of the words goes to this category."),
                spec("max.message.bytes", Type.NUMBER, Integer.toString(10 * 1024 * 1024), "单封邮件上限（字节）", "Largest mail (bytes)",
                        "超过此大小的邮件不登记，移入未能处理邮件文件夹。", "Larger mail is not filed but kept in the folder for mail not taken."),
                spec("max.attachments", Type.NUMBER, "10", "每封邮件保存附件上限（个）", "Attachments kept per mail",
                        "邮件附件作为证据保存，最多保存此数量；其余附件在回复中列明，保留在原邮件中。",
                        "A mail's attachments are kept as evidence up to this many; the rest are named in the answer and stay in the original mail."),
                spec("max.per.poll", Type.NUMBER, "20", "每次收取上限（封）", "Mails per fetch",
                        "一次收取最多处理的邮件数，其余下次处理。", "The most mails one fetch takes; the rest wait for the next."),
                spec("timeout.millis", Type.NUMBER, "5000", "连接超时（毫秒）", "Connection timeout (ms)",
                        "连接和读取邮件服务器的最长等待时间。", "How long connecting to and reading from a mail server may take."),
                spec("poll.budget.millis", Type.NUMBER, "10000", "单次收取时长（毫秒）", "Time per fetch (ms)",
                        "超过此时长后不再开始处理新邮件，留待下次；应明显小于系统的收取时限（默认30秒）。",
                        "After this long no further mail is started, it waits for the next fetch; keep it well below the host's poll time limit (30 s by default)."));
    }

    /** Without it the channel fetches nothing: the host shows the channel as not configured. */
    private static SettingSpec required(String key, Type type, String labelZh, String labelEn, String zh, String en) {
        return SettingSpec.required(key, type, LocalizedText.of(labelZh, labelEn), LocalizedText.of(zh, en));
    }

    private static SettingSpec spec(String key, Type type, String value, String labelZh, String labelEn, String zh, String en) {
        return SettingSpec.of(key, type, value, LocalizedText.of(labelZh, labelEn), LocalizedText.of(zh, en));
    }
}
