package org.servicehall.plugin.api.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** What a rule may know besides the complaint: the hall's clock, calendar and the rule's settings. */
@ProviderType
public interface RuleContext {

    /** Now, by the hall's clock (rules never read the system clock). */
    Instant now();

    /** The hall's time zone. */
    ZoneId zone();

    /** Whether the hall works on this day (the official calendar with its make-up working days). */
    boolean isWorkingDay(LocalDate day);

    /** The {@code days}th working day after {@code day} (the day itself never counts); 0: the day itself if it is a working day, else the next one. */
    LocalDate plusWorkingDays(LocalDate day, int days);

    /**
     * A setting of this rule, configured by IT staff as {@code servicehall.rule.<rule id>.<key>};
     * read at each call, so a change applies without restart.
     */
    Optional<String> setting(String key);
}
