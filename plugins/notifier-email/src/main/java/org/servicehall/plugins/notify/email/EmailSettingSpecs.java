package org.servicehall.plugins.notify.email;

import java.util.List;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.common.SettingSpec.Type;
import org.servicehall.plugin.api.notify.MessageKinds;

/** The notifier's settings as the admin screen shows them. */
final class EmailSettingSpecs {

    private EmailSettingSpecs() {
    }

    static List<SettingSpec> all() {
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
}
