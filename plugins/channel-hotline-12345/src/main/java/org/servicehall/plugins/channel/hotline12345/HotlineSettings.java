package org.servicehall.plugins.channel.hotline12345;

import java.util.List;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;

/** The channel's settings ({@code servicehall.channel.hotline-12345.<key>}) and reading a number from them. */
final class HotlineSettings {

    private HotlineSettings() {
    }

    static List<SettingSpec> all() {
        return List.of(
                SettingSpec.required("secret", SettingSpec.Type.SECRET, LocalizedText.of("共享密钥", "Shared secret"),
                        LocalizedText.of("与 12345 平台约定的 HMAC-SHA256 密钥；未设置时拒收工单。",
                                "The HMAC-SHA256 key agreed with the 12345 platform; without it no work order is accepted.")),
                SettingSpec.of("push.url", SettingSpec.Type.TEXT, "", LocalizedText.of("结果回传地址", "Result push URL"),
                        LocalizedText.of("签收、退回和办理结果推送到的 12345 平台地址。",
                                "Where sign-for, return and result messages are pushed on the 12345 platform.")),
                SettingSpec.of("category.map", SettingSpec.Type.LIST, CategoryMap.DEFAULT_TABLE,
                        LocalizedText.of("分类对照表", "Category mapping"),
                        LocalizedText.of("12345 分类代码=本中心分类代码，用逗号分隔。", "12345 category code=local category code, comma-separated.")),
                SettingSpec.of("category.default", SettingSpec.Type.TEXT, CategoryMap.DEFAULT_CATEGORY,
                        LocalizedText.of("默认分类", "Default category"),
                        LocalizedText.of("对照表中没有的分类代码归入此分类。", "Category codes not in the mapping go to this category.")),
                SettingSpec.of("timestamp.tolerance.seconds", SettingSpec.Type.NUMBER, "300",
                        LocalizedText.of("时间戳容差（秒）", "Timestamp tolerance (seconds)"),
                        LocalizedText.of("与本机时间相差超过此值的请求被拒收。", "Requests whose timestamp differs from ours by more are refused.")),
                SettingSpec.of("push.timeout.millis", SettingSpec.Type.NUMBER, "1500",
                        LocalizedText.of("回传超时（毫秒）", "Push timeout (ms)"),
                        LocalizedText.of("一次回传等待平台应答的最长时间。", "How long one push waits for the platform to answer.")));
    }

    static int intSetting(ChannelContext context, String key, int fallback) {
        try {
            return context.setting(key).map(String::strip).map(Integer::parseInt).filter(n -> n > 0).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
