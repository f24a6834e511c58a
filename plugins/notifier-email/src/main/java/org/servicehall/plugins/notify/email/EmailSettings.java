package org.servicehall.plugins.notify.email;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.common.SettingSpec.Type;
import org.servicehall.plugin.api.notify.MessageKinds;
import org.servicehall.plugin.api.notify.NotifierContext;

/**
 * The notifier's settings ({@code servicehall.notifier.email.<key>}), as declared to the plugin
 * screen and as read at each send, so that a change applies to the next message. The password is
 * {@link Type#SECRET}: handed to the mail session, never logged.
 *
 * @param security      null when the setting names none of the known ways
 * @param roleAddresses the duty addresses by role (upper case), in the order IT listed them
 */
record EmailSettings(String host, int port, Security security, String username, String password, String from,
                     Map<String, List<String>> roleAddresses) {

    /** How the connection to the mail server is protected. */
    enum Security {
        /** Plain SMTP, for a relay inside the hall's own network. */
        NONE(25),
        /** SMTP upgraded to TLS before anything is sent; refused when the server cannot. */
        STARTTLS(587),
        /** SMTP over TLS from the first byte (SMTPS). */
        SSL(465);

        final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        static Security of(String value) {
            for (Security s : values()) {
                if (s.name().equalsIgnoreCase(value)) {
                    return s;
                }
            }
            return null;
        }
    }

    static EmailSettings read(NotifierContext context) {
        Security security = Security.of(text(context, "security", "starttls"));
        int port = number(context, "port", security == null ? Security.STARTTLS.defaultPort : security.defaultPort);
        return new EmailSettings(text(context, "host", ""), port, security, text(context, "username", ""),
                context.setting(EmailNotifier.ID, "password").orElse(""), text(context, "from", ""),
                roleAddresses(context.setting(EmailNotifier.ID, "roleAddresses").orElse("")));
    }

    /** The settings that are missing for any mail to go out, by key; empty when there are none. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (host.isEmpty()) {
            missing.add("host");
        }
        if (from.isEmpty()) {
            missing.add("from");
        }
        if (security == null) {
            missing.add("security");
        }
        return missing;
    }

    List<String> addressesOf(String role) {
        return roleAddresses.getOrDefault(role.strip().toUpperCase(Locale.ROOT), List.of());
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "EmailSettings[" + host + ":" + port + ", " + security + "]";
    }

    /**
     * {@code SUPERVISOR=duty@hall.example, ADMIN=it@hall.example}; a role named twice gets both
     * addresses. An entry without a role or an address is skipped.
     */
    static Map<String, List<String>> roleAddresses(String list) {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String role = entry.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            String address = entry.substring(eq + 1).strip();
            if (!role.isEmpty() && !address.isEmpty()) {
                byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(address);
            }
        }
        byRole.replaceAll((role, addresses) -> List.copyOf(addresses));
        return Map.copyOf(byRole);
    }

    static List<SettingSpec> specs() {
        return List.of(
                SettingSpec.required("host", Type.TEXT, LocalizedText.of("发件服务器（SMTP）", "Mail server (SMTP)"),
                        LocalizedText.of("发送通知邮件的 SMTP 服务器地址；未设置时不发送邮件。",
                                "The SMTP server that sends the notification mails; while empty no mail is sent.")),
                spec("port", Type.NUMBER, "", "SMTP 端口", "SMTP port",
                        "留空时按加密方式：none 为 25，starttls 为 587，ssl 为 465。",
                        "Empty: by the security setting, 25 for none, 587 for starttls, 465 for ssl."),
                spec("security", Type.TEXT, "starttls", "连接加密方式", "Connection security",
                        "none（不加密，仅限内网中继）、starttls（连接后升级为 TLS，服务器不支持时拒绝发送）或 ssl（SMTPS）；均校验服务器证书及主机名。",
                        "none (plain, only for a relay inside the hall's network), starttls (upgraded to TLS, refused when the "
                                + "server cannot) or ssl (SMTPS); the server's certificate and host name are checked."),
                spec("username", Type.TEXT, "", "SMTP 用户名", "SMTP user name",
                        "登录发件服务器的用户名；留空则不登录（如内网中继）。",
                        "The user name for the mail server; empty: no login (e.g. a relay inside the network)."),
                spec("password", Type.SECRET, "", "SMTP 密码", "SMTP password",
                        "登录发件服务器的密码或授权码；保存后不再显示。",
                        "The password or app password for the mail server; never shown again once saved."),
                SettingSpec.required("from", Type.TEXT, LocalizedText.of("发件人", "Sender"),
                        LocalizedText.of("通知邮件的发件人：名称和地址，如 政务服务中心 <tongzhi@hall.example>。",
                                "The sender of the notification mails, name and address, e.g. 政务服务中心 <notices@hall.example>.")),
                spec("roleAddresses", Type.LIST, "", "角色的值班邮箱", "Duty addresses of roles",
                        "发给某一角色的通知送达的邮箱：角色=地址，用逗号分隔，如 SUPERVISOR=duty@hall.example；同一角色可写多次。"
                                + "未列出的角色不经邮件通知。",
                        "Where messages to a role go: ROLE=address, comma-separated, e.g. SUPERVISOR=duty@hall.example; "
                                + "a role may be listed more than once. Roles not listed get no mail."),
                spec(MessageKinds.SETTING, Type.LIST, "*", "发送的通知类型", "Message kinds sent",
                        "经邮件发送的通知类型，用逗号分隔；* 表示全部。", "The kinds of message sent by e-mail, comma-separated; * for all."));
    }

    private static SettingSpec spec(String key, Type type, String value, String labelZh, String labelEn, String zh, String en) {
        return SettingSpec.of(key, type, value, LocalizedText.of(labelZh, labelEn), LocalizedText.of(zh, en));
    }

    private static String text(NotifierContext context, String key, String fallback) {
        return context.setting(EmailNotifier.ID, key).map(String::strip).filter(s -> !s.isEmpty()).orElse(fallback);
    }

    private static int number(NotifierContext context, String key, int fallback) {
        Optional<String> value = context.setting(EmailNotifier.ID, key).map(String::strip).filter(s -> !s.isEmpty());
        try {
            return value.map(Integer::parseInt).filter(p -> p > 0 && p < 65536).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
