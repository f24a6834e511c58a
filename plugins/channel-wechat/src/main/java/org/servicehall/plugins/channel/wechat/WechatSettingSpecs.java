package org.servicehall.plugins.channel.wechat;

import java.util.List;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;

/** The channel's settings ({@code servicehall.channel.wechat.<key>}) as the admin screen shows them. */
final class WechatSettingSpecs {

    private WechatSettingSpecs() {
    }

    static List<SettingSpec> all() {
        return List.of(
                SettingSpec.required("token", SettingSpec.Type.SECRET, LocalizedText.of("令牌（Token）", "Token"),
                        LocalizedText.of("公众号后台“服务器配置”中填写的令牌，用于校验消息签名；未设置时拒收消息。",
                                "The token entered in the account's server configuration, for message signatures; "
                                        + "without it no message is accepted.")),
                SettingSpec.of("message.mode", SettingSpec.Type.TEXT, "plain",
                        LocalizedText.of("消息加解密方式", "Message encryption mode"),
                        LocalizedText.of("与公众号后台一致：plain（明文模式）、compatible（兼容模式，明文和密文都接收）或 safe（安全模式，只接收密文，"
                                        + "签名覆盖消息内容）；后两者需填写 EncodingAESKey 和 AppID。",
                                "As set on the platform: plain, compatible (plain and encrypted accepted) or safe (encrypted only; "
                                        + "the signature covers the message); the last two need the EncodingAESKey and the AppID.")),
                SettingSpec.of("encoding.aes.key", SettingSpec.Type.SECRET, "",
                        LocalizedText.of("消息加解密密钥（EncodingAESKey）", "EncodingAESKey"),
                        LocalizedText.of("公众号后台“服务器配置”中的 43 位消息加解密密钥。",
                                "The 43-character message encryption key from the account's server configuration.")),
                SettingSpec.of("keywords", SettingSpec.Type.LIST, Settings.DEFAULT_KEYWORDS,
                        LocalizedText.of("投诉关键词", "Complaint keywords"),
                        LocalizedText.of("以这些词开头的消息视为投诉，用逗号分隔。",
                                "A message starting with one of these words is a complaint; comma-separated.")),
                SettingSpec.of("category.map", SettingSpec.Type.LIST, Settings.DEFAULT_CATEGORY_MAP,
                        LocalizedText.of("关键词分类对照", "Word to category mapping"),
                        LocalizedText.of("投诉内容含某词时归入对应分类：词=分类代码，用逗号分隔，先列先匹配。",
                                "A complaint containing a word goes to its category: word=CATEGORY, comma-separated, "
                                        + "first match wins.")),
                SettingSpec.of("category.default", SettingSpec.Type.TEXT, Settings.DEFAULT_CATEGORY,
                        LocalizedText.of("默认分类", "Default category"),
                        LocalizedText.of("没有匹配词的投诉归入此分类。", "Complaints matching no word go to this category.")),
                SettingSpec.of("timestamp.tolerance.seconds", SettingSpec.Type.NUMBER,
                        Integer.toString(Settings.DEFAULT_TOLERANCE_SECONDS),
                        LocalizedText.of("时间戳容差（秒）", "Timestamp tolerance (seconds)"),
                        LocalizedText.of("签名时间与本机时间相差超过此值的消息被拒收。",
                                "Messages signed further than this from our clock are refused.")),
                SettingSpec.of("dialogue.timeout.minutes", SettingSpec.Type.NUMBER,
                        Integer.toString(Settings.DEFAULT_DIALOGUE_MINUTES),
                        LocalizedText.of("引导对话超时（分钟）", "Guided exchange timeout (minutes)"),
                        LocalizedText.of("选择类别后超过此时间未回复，对话作废；服务重启后对话也会重新开始。",
                                "An exchange left unanswered this long is dropped; a restart also drops it.")),
                SettingSpec.of("appId", SettingSpec.Type.TEXT, "", LocalizedText.of("AppID", "AppID"),
                        LocalizedText.of("公众号的 AppID；填写后，签收、退回和办结结果以客服消息推送给投诉人（仅限其最近 48 小时内发过消息）。留空则不推送。",
                                "The account's AppID; when set, sign-for, return and result are sent to the complainant as "
                                        + "customer-service messages (only within 48 hours of their last message). Empty: none sent.")),
                SettingSpec.of("appSecret", SettingSpec.Type.SECRET, "", LocalizedText.of("AppSecret", "AppSecret"),
                        LocalizedText.of("公众号的 AppSecret，用于获取接口调用凭证（access_token）。",
                                "The account's AppSecret, for fetching the access token.")),
                SettingSpec.of("api.base", SettingSpec.Type.TEXT, WechatChannel.DEFAULT_API_BASE,
                        LocalizedText.of("接口地址", "API base URL"),
                        LocalizedText.of("微信接口的地址，一般无需修改。", "Where the WeChat API is; normally unchanged.")),
                SettingSpec.of("push.timeout.millis", SettingSpec.Type.NUMBER, "1500",
                        LocalizedText.of("推送超时（毫秒）", "Push timeout (ms)"),
                        LocalizedText.of("一次调用微信接口等待应答的最长时间。", "How long one call to the WeChat API waits.")),
                SettingSpec.of("max.body.bytes", SettingSpec.Type.NUMBER, Integer.toString(Settings.DEFAULT_MAX_BODY),
                        LocalizedText.of("消息最大字节数", "Largest message (bytes)"),
                        LocalizedText.of("超过此大小的消息被拒收。", "Larger messages are refused.")));
    }
}
