package org.servicehall.plugin.api.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a rule may know besides the complaint: the hall's clock, calendar and the rule's settings,
 * and (since 1.1) which other complaints share a subject with it. Implemented by the host only.
 */
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

    /** The most tracking numbers {@link #recentTrackingNumbers} returns at once. @since 1.1 */
    int TRACKING_NUMBERS_MAX = 50;

    /**
     * The complaints about the same subject as the complaint being evaluated, received between
     * {@code since} and {@code until} (both inclusive), newest first, at most {@code limit}: e.g.
     * how often the same complainant complained within 30 days before this complaint. Complaints
     * count whatever their state (closed and redirected ones too); the complaint being evaluated is
     * in the list when it was received in the range.
     *
     * <p>The host answers only about the complaint in front of the rule: {@code key} must be the
     * value its snapshot shows for {@code subject} ({@link ComplaintSnapshot#complainantPhoneHash()},
     * {@link ComplaintSnapshot#staffComplainedAboutId()}, {@link ComplaintSnapshot#windowComplainedAbout()});
     * for any other key, for {@code limit < 1} or for {@code since} after {@code until} the list is
     * empty. The host reads its database for this, on an index, within the rule's time limit.
     *
     * @param subject what the complaints have in common
     * @param key     the snapshot's value for that subject
     * @param since   the earliest receipt time counted
     * @param until   the latest receipt time counted
     * @param limit   at most this many (and never more than {@link #TRACKING_NUMBERS_MAX})
     * @return tracking numbers, newest first
     * @since 1.1
     */
    List<String> recentTrackingNumbers(Subject subject, String key, Instant since, Instant until, int limit);
}
