package org.servicehall.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.servicehall.application.NoticePolicy;
import org.servicehall.domain.model.calendar.DeadlinePolicy;

/**
 * The hall's rules for messages to complainants, from {@code hall.properties}:
 * {@code citizenQuietHours=21:00-08:00} and {@code citizenMessagesPerDay=5}. A value that does not
 * parse stops the start with a message naming it: a wrong quiet time would wake citizens at night.
 */
@ApplicationScoped
public class NoticePolicyProducer {

    @Inject
    SettingsFiles settings;

    @Inject
    DeadlinePolicy deadlines;

    @Produces
    @Singleton
    NoticePolicy noticePolicy() {
        Properties hall = settings.properties("hall.properties");
        String quiet = hall.getProperty("citizenQuietHours", "21:00-08:00").strip();
        String perDay = hall.getProperty("citizenMessagesPerDay", "5").strip();
        String[] parts = quiet.split("-");
        try {
            if (parts.length != 2) {
                throw new DateTimeParseException("expected HH:mm-HH:mm", quiet, 0);
            }
            return new NoticePolicy(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()),
                    Integer.parseInt(perDay), deadlines.zone());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalStateException("hall.properties: citizenQuietHours must be HH:mm-HH:mm and "
                    + "citizenMessagesPerDay a whole number of at least 1 (citizenQuietHours=" + quiet
                    + ", citizenMessagesPerDay=" + perDay + ")", e);
        }
    }
}
