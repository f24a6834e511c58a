package org.servicehall.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.domain.model.calendar.CalendarFile;
import org.servicehall.domain.model.calendar.CalendarYear;
import org.servicehall.domain.model.calendar.DeadlineDefaults;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.WorkingCalendar;
import org.servicehall.infrastructure.config.SettingsFiles;

/**
 * Builds the deadline policy from the calendar files of the years around now, the deadline
 * defaults and the hall's end of working day. Read once at start-up; a changed file takes effect
 * after a restart.
 */
@ApplicationScoped
public class DeadlinePolicyProducer {

    private static final Logger LOG = Logger.getLogger(DeadlinePolicyProducer.class.getName());

    @Inject
    SettingsFiles settings;

    @Inject
    @ConfigProperty(name = "servicehall.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Produces
    @Singleton
    DeadlinePolicy deadlinePolicy() {
        List<WorkingCalendar> years = new ArrayList<>();
        for (String name : settings.calendarFiles(2020, 2100)) {
            try (Reader reader = settings.open(name).orElseThrow()) {
                CalendarYear year = CalendarFile.parse(reader);
                years.add(year.toCalendar());
                LOG.log(Level.INFO, "Working-day calendar {0}: {1}", new Object[] {year.year(), year.status()});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Properties deadlines = settings.properties("deadlines.properties");
        DeadlineDefaults defaults = deadlines.isEmpty() ? DeadlineDefaults.standard() : DeadlineDefaults.parse(deadlines);
        Properties hall = settings.properties("hall.properties");
        LocalTime endOfDay = LocalTime.parse(hall.getProperty("endOfWorkingDay", "17:30").strip());
        return new DeadlinePolicy(WorkingCalendar.merge(years), defaults, ZoneId.of(zone), endOfDay);
    }
}
