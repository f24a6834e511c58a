package org.servicehall.plugins.escalation.urgentwords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.common.Configurable;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.escalation.ComplaintSnapshot;
import org.servicehall.plugin.api.escalation.Escalation;
import org.servicehall.plugin.api.escalation.EscalationRule;
import org.servicehall.plugin.api.escalation.RuleContext;
import org.servicehall.plugin.api.escalation.Urgency;

/**
 * Reads the complaint's text for the words of each {@link WordGroup}. The lists are settings
 * ({@code words.life.zh}, {@code words.self-harm.en}, ...: comma-separated, replacing the
 * defaults), read at each call so that IT staff can change them without a restart.
 */
@Component(service = EscalationRule.class, property = EscalationRule.PROPERTY_RULE_ID + "=" + UrgentWordsRule.ID)
public class UrgentWordsRule implements EscalationRule, Configurable {

    static final String ID = "urgent-words";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Escalation> evaluate(ComplaintSnapshot complaint, RuleContext context) {
        String text = complaint.description().toLowerCase(Locale.ROOT);
        List<Escalation> asked = new ArrayList<>();
        for (WordGroup group : WordGroup.values()) {
            if (mentions(text, group, "zh", context) || mentions(text, group, "en", context)) {
                String code = "words:" + group.name();
                if (complaint.urgency() != Urgency.EMERGENCY) {
                    asked.add(Escalation.raiseUrgency(Urgency.EMERGENCY, code, group.reason()));
                }
                asked.add(Escalation.alertSupervisor(code, group.reason()));
            }
        }
        return asked;
    }

    @Override
    public List<SettingSpec> settings() {
        List<SettingSpec> specs = new ArrayList<>();
        for (WordGroup group : WordGroup.values()) {
            for (String language : List.of("zh", "en")) {
                String languageZh = "zh".equals(language) ? "中文" : "英文";
                String languageEn = "zh".equals(language) ? "Chinese" : "English";
                specs.add(SettingSpec.of(group.key() + "." + language, SettingSpec.Type.LIST, group.defaultWords(language),
                        LocalizedText.of(group.reason().zh() + "：" + languageZh + "词语", group.reason().en() + ": " + languageEn + " words"),
                        LocalizedText.of("用逗号分隔；填写后替换默认词语。", "Comma-separated; replaces the default words.")));
            }
        }
        return specs;
    }

    private static boolean mentions(String text, WordGroup group, String language, RuleContext context) {
        String words = context.setting(group.key() + "." + language).orElse(group.defaultWords(language));
        // Chinese has no spaces between words; English words must stand alone ("mob" is not in "mobile").
        return WordGroup.split(words).stream().anyMatch(word -> "zh".equals(language) ? text.contains(word)
                : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find());
    }
}
