package org.servicehall.plugins.channel.open311;

import java.util.List;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;

/** The channel's settings ({@code servicehall.channel.open311.<key>}), as the hall's plugin screen shows them. */
final class Open311Settings {

    private Open311Settings() {
    }

    static List<SettingSpec> all() {
        return List.of(
                SettingSpec.required("api.keys", SettingSpec.Type.SECRET, LocalizedText.of("API 密钥", "API keys"),
                        LocalizedText.of("允许提交诉求的 api_key，用逗号分隔；未设置时拒收所有提交。",
                                "The api_key values allowed to post requests, comma-separated; without them every post is refused.")),
                SettingSpec.of("jurisdiction.id", SettingSpec.Type.TEXT, "", LocalizedText.of("辖区标识", "Jurisdiction id"),
                        LocalizedText.of("Open311 的 jurisdiction_id；设置后请求须与之相符。",
                                "Open311 jurisdiction_id; when set, requests must name it.")),
                SettingSpec.of("endpoint.url", SettingSpec.Type.TEXT, "", LocalizedText.of("公开地址", "Public endpoint URL"),
                        LocalizedText.of("服务发现中公布的地址；留空则按请求地址生成。",
                                "The address discovery announces; empty: derived from the request.")),
                SettingSpec.of("endpoint.type", SettingSpec.Type.TEXT, "production", LocalizedText.of("接口类型", "Endpoint type"),
                        LocalizedText.of("服务发现中公布的接口类型：production（正式）或 test（测试）。",
                                "The endpoint type discovery announces: production or test.")),
                SettingSpec.of("requests.show.details", SettingSpec.Type.FLAG, "false",
                        LocalizedText.of("查询时显示诉求内容", "Show what requesters gave"),
                        LocalizedText.of("开启后，按编号查询诉求时返回提交者填写的描述、地址、经纬度和媒体链接（姓名和联系方式始终不返回）；"
                                        + "因任何持有编号者都能查询，默认关闭。",
                                "When on, requests read back show the description, address, lat/long and media_url the "
                                        + "requester gave (never name or contact); off by default, since anyone with the number can read them.")),
                SettingSpec.of("contact", SettingSpec.Type.TEXT, "", LocalizedText.of("联系方式", "Contact"),
                        LocalizedText.of("服务发现中公布的联系方式。", "The contact discovery announces.")),
                SettingSpec.of("key.service", SettingSpec.Type.TEXT, "", LocalizedText.of("密钥申请方式", "Key service"),
                        LocalizedText.of("服务发现中公布的 api_key 申请方式。", "Where discovery says an api_key can be requested.")));
    }
}
