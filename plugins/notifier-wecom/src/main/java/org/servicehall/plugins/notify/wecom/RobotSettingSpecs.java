package org.servicehall.plugins.notify.wecom;

import java.util.List;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.common.SettingSpec.Type;
import org.servicehall.plugin.api.notify.MessageKinds;

/** The notifier's settings ({@code servicehall.notify.wecom.<key>}) as the admin screen shows them. */
final class RobotSettingSpecs {

    private RobotSettingSpecs() {
    }

    static List<SettingSpec> all() {
        return List.of(
                spec("platform", Type.TEXT, "wecom", "平台", "Platform",
                        "wecom（企业微信群机器人）或 dingtalk（钉钉自定义机器人）。",
                        "wecom (a WeCom group robot) or dingtalk (a DingTalk custom robot)."),
                SettingSpec.required("webhookUrl", Type.SECRET, LocalizedText.of("Webhook 地址", "Webhook address"),
                        LocalizedText.of("群机器人的完整 Webhook 地址（含 key 或 access_token），如 "
                                        + "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…；保存后不再显示。",
                                "The robot's whole webhook address (with its key or access_token), e.g. "
                                        + "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…; never shown again once saved.")),
                spec("signingSecret", Type.SECRET, "", "加签密钥（钉钉）", "Signing secret (DingTalk)",
                        "钉钉机器人安全设置为“加签”时的密钥（SEC 开头）；保存后不再显示。企业微信无需填写。"
                                + "若钉钉使用“自定义关键词”，请将通知标题中的词（如 督办、超期）设为关键词。",
                        "The secret (starting with SEC) when the DingTalk robot's security is signing; never shown again once "
                                + "saved. Not used by WeCom. If the DingTalk robot checks keywords instead, use words of the "
                                + "notification titles (e.g. 督办, 超期)."),
                spec("roles", Type.LIST, RobotSettings.DEFAULT_ROLES, "发往群聊的角色", "Roles posted to the group",
                        "发给这些角色的通知发到群里，用逗号分隔，如 SUPERVISOR,ADMIN。不向投诉人或个人发送。",
                        "Messages to these roles are posted to the group, comma-separated, e.g. SUPERVISOR,ADMIN. Never "
                                + "complainants or single staff members."),
                spec(MessageKinds.SETTING, Type.LIST, RobotSettings.DEFAULT_KINDS, "发送的通知类型", "Message kinds sent",
                        "发到群里的通知类型，用逗号分隔；* 表示全部。", "The kinds of message posted to the group, comma-separated; * for all."),
                spec("mentionAll", Type.FLAG, "false", "重要通知 @所有人", "@all for important messages",
                        "督办等重要通知在群里 @所有人。", "Important messages such as supervision (督办) mention everyone in the group."));
    }

    private static SettingSpec spec(String key, Type type, String value, String labelZh, String labelEn, String zh, String en) {
        return SettingSpec.of(key, type, value, LocalizedText.of(labelZh, labelEn), LocalizedText.of(zh, en));
    }
}
