package org.servicehall.plugins.category.basic;

import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.common.LocalizedText;

/** Complaints about the hall itself: queues, seats, machines, signs, cleanliness, accessibility (设施环境类). */
@Component(service = CategoryProvider.class, property = CategoryProvider.PROPERTY_CODE + "=FACILITIES_ENVIRONMENT")
public class FacilitiesEnvironmentCategory implements CategoryProvider {

    private static final LocalizedText LABEL = LocalizedText.of("设施环境", "Facilities and environment");
    private static final LocalizedText EXPLANATION =
            LocalizedText.of("大厅的设施、秩序和环境", "The hall: machines, order, surroundings");

    private static final List<QuickPick> QUICK_PICKS = List.of(
            QuickPick.of("QUEUE_DISPLAY", LocalizedText.of("取号机或叫号屏故障", "Ticket machine or display broken")),
            QuickPick.of("SELF_SERVICE_DOWN", LocalizedText.of("自助机不能用", "Self-service machine not working")),
            QuickPick.of("NOT_ENOUGH_SEATS", LocalizedText.of("等候座位不够", "Not enough seats")),
            QuickPick.of("ACCESSIBILITY", LocalizedText.of("无障碍设施不方便", "Accessibility facilities lacking")),
            QuickPick.of("NOT_CLEAN", LocalizedText.of("卫生间或环境不整洁", "Toilets or hall not clean")),
            QuickPick.of("TEMPERATURE", LocalizedText.of("空调太冷或太热", "Too cold or too hot")),
            QuickPick.of("PARKING", LocalizedText.of("停车不方便", "Parking problems")));

    private static final List<FormField> FIELDS = List.of(
            FormField.choice("PLACE", LocalizedText.of("在什么地方", "Where was it"), false, List.of(
                    QuickPick.of("FLOOR_1", LocalizedText.of("一楼大厅", "Floor 1 hall")),
                    QuickPick.of("FLOOR_2", LocalizedText.of("二楼", "Floor 2")),
                    QuickPick.of("FLOOR_3", LocalizedText.of("三楼", "Floor 3")),
                    QuickPick.of("TOILETS", LocalizedText.of("卫生间", "Toilets")),
                    QuickPick.of("ENTRANCE", LocalizedText.of("出入口", "Entrance")),
                    QuickPick.of("CAR_PARK", LocalizedText.of("停车场", "Car park")))));

    @Override
    public String code() {
        return "FACILITIES_ENVIRONMENT";
    }

    @Override
    public LocalizedText label() {
        return LABEL;
    }

    @Override
    public String icon() {
        return "building";
    }

    @Override
    public int displayOrder() {
        return 40;
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
