package org.servicehall.infrastructure.pluginhost;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import org.servicehall.domain.model.calendar.WorkingCalendar;
import org.servicehall.plugin.api.escalation.RuleContext;

/** The context one rule gets for one evaluation: the hall's time and calendar, its own settings. */
record HallRuleContext(Instant now, ZoneId zone, WorkingCalendar calendar, String ruleId,
                       Function<String, Optional<String>> config) implements RuleContext {

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate day, int days) {
        return days <= 0 ? calendar.workingDayOnOrAfter(day) : calendar.plusWorkingDays(day, days);
    }

    @Override
    public Optional<String> setting(String key) {
        return config.apply("servicehall.rule." + ruleId + "." + key);
    }
}
