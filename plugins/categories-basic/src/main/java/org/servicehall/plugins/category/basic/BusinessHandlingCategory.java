package org.servicehall.plugins.category.basic;

import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.common.LocalizedText;

/** Complaints about how a service was handled: errors, delays, repeated trips, wrong refusals (业务办理类). */
@Component(service = CategoryProvider.class, property = CategoryProvider.PROPERTY_CODE + "=BUSINESS_HANDLING")
public class BusinessHandlingCategory implements CategoryProvider {

    private static final LocalizedText LABEL = LocalizedText.of("业务办理", "Business handling");
    private static final LocalizedText EXPLANATION =
            LocalizedText.of("材料、流程或办理结果出了问题", "Problems with papers, steps or results");

    private static final List<QuickPick> QUICK_PICKS = List.of(
            QuickPick.of("SEVERAL_TRIPS", LocalizedText.of("跑了好几趟还没办成", "Several trips and still not done")),
            QuickPick.of("REQUIREMENTS_UNCLEAR", LocalizedText.of("材料要求没有一次讲清", "Papers needed not told all at once")),
            QuickPick.of("TOO_SLOW", LocalizedText.of("办理时间太长", "It took too long")),
            QuickPick.of("WRONG_RESULT", LocalizedText.of("办理结果有错误", "The result was wrong")),
            QuickPick.of("REFUSED_WITHOUT_REASON", LocalizedText.of("不予受理，也不说明理由", "Refused without a reason")),
            QuickPick.of("SYSTEM_DOWN", LocalizedText.of("系统故障，办不了", "System down, could not be done")));

    private static final List<FormField> FIELDS = List.of(
            FormField.choice("SERVICE", LocalizedText.of("办理的是哪类业务", "Which service was it"), false, List.of(
                    QuickPick.of("REAL_ESTATE", LocalizedText.of("不动产登记", "Real estate registration")),
                    QuickPick.of("SOCIAL_SECURITY", LocalizedText.of("社保医保", "Social and medical insurance")),
                    QuickPick.of("HOUSEHOLD_ID", LocalizedText.of("户籍证件", "Household and ID papers")),
                    QuickPick.of("TAX", LocalizedText.of("税务", "Taxes")),
                    QuickPick.of("BUSINESS_START", LocalizedText.of("企业开办", "Starting a business")),
                    QuickPick.of("OTHER", LocalizedText.of("其他", "Other")))),
            FormField.number("VISITS", LocalizedText.of("为这件事来了几次", "Visits for this matter"), false, 1, 99));

    @Override
    public String code() {
        return "BUSINESS_HANDLING";
    }

    @Override
    public LocalizedText label() {
        return LABEL;
    }

    @Override
    public String icon() {
        return "file-edit";
    }

    @Override
    public int displayOrder() {
        return 20;
    }

    @Override
    public Optional<LocalizedText> explanation() {
        return Optional.of(EXPLANATION);
    }

    @Override
    public List<QuickPick> quickPicks() {
        return QUICK_PICKS;
    }

    @Override
    public List<FormField> fields() {
        return FIELDS;
    }
}
