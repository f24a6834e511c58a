package org.servicehall.bench;

/**
 * Time in the hall: epoch seconds, the hall's zone (Asia/Shanghai, UTC+8, no daylight saving),
 * and the deadlines as config/servicehall/deadlines.properties sets them (working days Monday to
 * Friday ending 17:30; holidays ignored).
 */
final class HallClock {

    static final int ZONE_OFFSET = 8 * 3600;
    static final long HOUR = 3600;
    static final long DAY = 86_400;
    private static final long END_OF_WORKING_DAY = 17 * HOUR + 30 * 60;

    private HallClock() {
    }

    /** The deadline of {@code stage} for {@code urgency} started at {@code start}, as deadlines.properties says. */
    static long due(String stage, String urgency, long start) {
        String rule = switch (stage + "." + urgency) {
            case "acknowledge.NORMAL" -> "1wd";
            case "acknowledge.URGENT" -> "4h";
            case "acknowledge.EMERGENCY" -> "1h";
            case "signFor.NORMAL" -> "2wd";
            case "signFor.URGENT" -> "1wd";
            case "signFor.EMERGENCY" -> "2h";
            case "handle.NORMAL" -> "5wd";
            case "handle.URGENT" -> "1wd";
            case "handle.EMERGENCY" -> "sameday";
            case "feedback.NORMAL" -> "2wd";
            default -> "1wd";
        };
        long local = start + ZONE_OFFSET;
        long day = Math.floorDiv(local, DAY);
        if (rule.endsWith("h")) {
            return start + Long.parseLong(rule.substring(0, rule.length() - 1)) * HOUR;
        }
        if (rule.equals("sameday")) {
            long end = day * DAY + END_OF_WORKING_DAY;
            return (local <= end ? end : day * DAY + DAY - 1) - ZONE_OFFSET;
        }
        int n = Integer.parseInt(rule.substring(0, rule.length() - 2));
        while (!workingDay(day)) {
            day++;
        }
        for (int i = 0; i < n; i++) {
            day++;
            while (!workingDay(day)) {
                day++;
            }
        }
        return day * DAY + END_OF_WORKING_DAY - ZONE_OFFSET;
    }

    /** Monday to Friday (1970-01-01 was a Thursday). */
    static boolean workingDay(long epochDay) {
        return Math.floorMod(epochDay + 3, 7) < 5;
    }
}
