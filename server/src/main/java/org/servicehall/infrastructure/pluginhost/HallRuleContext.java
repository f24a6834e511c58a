package org.servicehall.infrastructure.pluginhost;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.servicehall.domain.model.calendar.WorkingCalendar;
import org.servicehall.domain.model.complaint.ComplaintRepository.About;
import org.servicehall.plugin.api.escalation.RuleContext;
import org.servicehall.plugin.api.escalation.Subject;

/**
 * The context one rule gets for one evaluation: the hall's time and calendar, its own settings,
 * and the complaints that share a subject with the complaint it evaluates.
 */
record HallRuleContext(Instant now, ZoneId zone, WorkingCalendar calendar, String ruleId,
                       Function<String, Optional<String>> config, RuleSubjects subjects,
                       ReceivedAbout receivedAbout) implements RuleContext {

    /** Looks complaints up by subject (the database, in the host). */
    @FunctionalInterface
    interface ReceivedAbout {
        List<String> find(About about, String value, Instant since, Instant until, int max);
    }

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

    @Override
    public List<String> recentTrackingNumbers(Subject subject, String key, Instant since, Instant until, int limit) {
        Objects.requireNonNull(subject, "subject");
        if (key == null || since == null || until == null || limit < 1 || since.isAfter(until)) {
            return List.of();
        }
        return subjects.lookup(subject, key)
                .map(l -> receivedAbout.find(l.about(), l.value(), since, until, Math.min(limit, TRACKING_NUMBERS_MAX)))
                .orElse(List.of());
    }
}
