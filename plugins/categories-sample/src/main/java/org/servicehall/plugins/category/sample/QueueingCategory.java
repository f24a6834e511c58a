package org.servicehall.plugins.category.sample;

import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.common.LocalizedText;

/** Complaints about queue numbers, waiting times and appointment booking (排队预约类). */
@Component(service = CategoryProvider.class, property = CategoryProvider.PROPERTY_CODE + "=QUEUEING")
public class QueueingCategory implements CategoryProvider {

    private static final LocalizedText LABEL = LocalizedText.of("排队预约", "Queueing and appointments");
    private static final LocalizedText EXPLANATION = LocalizedText.of("取号、等候和预约", "Tickets, waiting and appointments");
    private static final List<QuickPick> QUICK_PICKS = List.of(
            QuickPick.of("WAITED_TOO_LONG", LocalizedText.of("等候时间太长", "Waited too long")),
            QuickPick.of("BOOKED_STILL_QUEUED", LocalizedText.of("预约了还要排队", "Booked, still had to queue")),
            QuickPick.of("NO_TICKETS_LEFT", LocalizedText.of("号已经取完了", "No tickets left")));
    private static final List<FormField> FIELDS = List.of(
            FormField.date("APPOINTMENT_DAY", LocalizedText.of("预约的是哪一天", "Day of the appointment"), false));

    @Override
    public String code() {
        return "QUEUEING";
    }

    @Override
    public LocalizedText label() {
        return LABEL;
    }

    @Override
    public String icon() {
        return "clock";
    }

    @Override
    public int displayOrder() {
        return 50;
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
