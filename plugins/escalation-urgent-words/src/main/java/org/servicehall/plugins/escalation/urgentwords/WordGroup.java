package org.servicehall.plugins.escalation.urgentwords;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.servicehall.plugin.api.common.LocalizedText;

/** One kind of urgent matter: its default words in both languages and the reason staff read. */
enum WordGroup {
    LIFE("生命危险,危及生命,出人命,人命关天", "danger to life,life-threatening,life threatening",
            "投诉内容涉及生命危险", "The complaint mentions danger to life"),
    SELF_HARM("自杀,轻生,不想活,跳楼,寻短见", "suicide,kill myself,self-harm,end my life",
            "投诉内容涉及自伤自杀倾向", "The complaint mentions self-harm"),
    MASS_INCIDENT("群体事件,聚众,集体闹事,围堵", "mass incident,mob,crowd gathering",
            "投诉内容涉及群体性事件", "The complaint mentions a mass incident"),
    MEDIA("媒体曝光,找记者,上热搜,曝光到网上", "the media,journalist,newspaper,go viral",
            "投诉人提到媒体曝光", "The complainant mentions the media"),
    PETITION("上访,信访,越级,到北京告", "petition,higher authorities",
            "投诉人提到越级上访", "The complainant mentions petitioning to higher levels");

    private final String zh;
    private final String en;
    private final LocalizedText reason;

    WordGroup(String zh, String en, String reasonZh, String reasonEn) {
        this.zh = zh;
        this.en = en;
        this.reason = LocalizedText.of(reasonZh, reasonEn);
    }

    /** The setting key prefix, e.g. {@code words.self-harm}. */
    String key() {
        return "words." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String defaultWords(String language) {
        return "zh".equals(language) ? zh : en;
    }

    LocalizedText reason() {
        return reason;
    }

    /** Comma-separated words, blanks dropped, lower case. */
    static List<String> split(String words) {
        return Arrays.stream(words.split("[,，]")).map(String::strip).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
