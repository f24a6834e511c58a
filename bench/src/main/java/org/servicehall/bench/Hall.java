package org.servicehall.bench;

import java.util.Locale;

/**
 * The hall the generated complaints come to: its departments with their handlers, the reception
 * clerks and the supervisors.
 */
public final class Hall {

    public record Dept(String code, String nameZh, String nameEn, double weight, int handlers) {
    }

    public static final Dept[] DEPARTMENTS = {
            new Dept("REAL_ESTATE", "不动产登记窗口", "Real estate registration", 22, 14),
            new Dept("SOCIAL_SECURITY", "社保医保窗口", "Social and medical insurance", 20, 14),
            new Dept("HALL_SERVICES", "大厅综合管理科", "Hall management", 12, 8),
            new Dept("HOUSING_FUND", "住房公积金窗口", "Housing provident fund", 10, 8),
            new Dept("MARKET_REGULATION", "市场监管登记窗口", "Business registration", 9, 8),
            new Dept("RECEPTION_DESK", "综合受理窗口", "Reception desk", 8, 6),
            new Dept("CIVIL_AFFAIRS", "民政婚姻登记窗口", "Civil affairs", 7, 6),
            new Dept("TRANSPORT", "交通运输服务窗口", "Transport services", 5, 5),
            new Dept("HEALTH_COMMISSION", "卫健服务窗口", "Health services", 4, 4),
            new Dept("COMPLAINTS_OFFICE", "投诉处理专岗（督查室）", "Complaints office", 3, 4),
    };

    static final String[] RECEPTION = staff("rec", 12);
    static final String[] SUPERVISORS = staff("sup", 4);

    private static String[] staff(String prefix, int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = String.format("%s.%02d", prefix, i + 1);
        }
        return names;
    }

    public static String handlerId(Dept dept, int index) {
        return String.format("h.%s.%02d", dept.code().toLowerCase(Locale.ROOT), index + 1);
    }

    private Hall() {
    }
}
