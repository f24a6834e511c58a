package org.servicehall.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants as TIMESTAMP columns holding the UTC wall-clock time, so that several servers
 * in different zones read the same moment. JDBC hands timestamps over in the JVM's default zone;
 * in a zone with daylight saving one hour a year has no wall-clock time, so the server runs with
 * {@code -Duser.timezone=UTC} (config/liberty/jvm.options) and warns at start-up otherwise.
 */
@Converter(autoApply = true)
public class InstantAttributeConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
