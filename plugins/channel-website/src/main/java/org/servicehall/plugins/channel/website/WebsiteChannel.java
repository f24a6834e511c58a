package org.servicehall.plugins.channel.website;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.channel.ChannelAdapter;
import org.servicehall.plugin.api.common.Configurable;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;

/**
 * The public website channel. The pages themselves are part of the hall's web application (Faces
 * pages are served by the application, not by a bundle); this component is what switches them on
 * and carries their settings, which the hall's filter on {@code /public/*} reads at every request:
 *
 * <ul>
 * <li>{@code rate.filings.per.hour} — complaints one client address may file per hour;</li>
 * <li>{@code rate.lookups.per.minute} — progress lookups, ratings and appeals (anything presenting
 *     a tracking number with a code) per client address and minute;</li>
 * <li>{@code rate.clients.max} — client addresses remembered per limit, idle ones forgotten first;</li>
 * <li>{@code forwarded.trusted} — behind a reverse proxy that sets {@code X-Forwarded-For} and is
 *     the only way in: the proxy's last entry is the client.</li>
 * </ul>
 *
 * It has no endpoint of its own under {@code /api/v1/channels/website/} (404) and reports no status
 * changes: citizens follow their complaint on the site itself.
 */
@Component(service = ChannelAdapter.class, property = ChannelAdapter.PROPERTY_CHANNEL_ID + "=" + WebsiteChannel.ID)
public class WebsiteChannel implements ChannelAdapter, Configurable {

    /** The id the hall's public-site filter asks for. */
    static final String ID = "website";
    static final String CODE = "WEBSITE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("网上投诉（网站、政务App）", "Online complaints (website, government app)");
    }

    @Override
    public String channelCode() {
        return CODE;
    }

    @Override
    public List<SettingSpec> settings() {
        return List.of(
                SettingSpec.of("rate.filings.per.hour", SettingSpec.Type.NUMBER, "10",
                        LocalizedText.of("每小时提交上限", "Filings per hour"),
                        LocalizedText.of("同一网络地址每小时最多可提交的投诉数，超出后提示稍后再试。",
                                "Complaints one client address may file per hour; beyond it the site asks to try again later.")),
                SettingSpec.of("rate.lookups.per.minute", SettingSpec.Type.NUMBER, "20",
                        LocalizedText.of("每分钟查询上限", "Lookups per minute"),
                        LocalizedText.of("同一网络地址每分钟最多可查询进度、评价或申诉的次数，防止猜测查询码。",
                                "Progress lookups, ratings and appeals per client address and minute, against guessing query codes.")),
                SettingSpec.of("rate.clients.max", SettingSpec.Type.NUMBER, "10000",
                        LocalizedText.of("记录的地址数上限", "Addresses remembered"),
                        LocalizedText.of("每项限制最多记录的网络地址数，最久未访问的先被遗忘。",
                                "Client addresses remembered per limit; the longest idle are forgotten first.")),
                SettingSpec.of("forwarded.trusted", SettingSpec.Type.FLAG, "false",
                        LocalizedText.of("信任反向代理地址", "Trust the reverse proxy"),
                        LocalizedText.of("仅当网站只能经由设置 X-Forwarded-For 的反向代理访问时开启：以代理添加的地址作为访问者地址。",
                                "Only when the site is reached solely through a reverse proxy that sets X-Forwarded-For: "
                                        + "the address the proxy added is the client.")));
    }
}
