package org.servicehall.infrastructure.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A clock running ahead of its base by the duration written in a file (ISO-8601, e.g.
 * {@code P3D}); no file, an empty or unreadable one: no shift. Tests move the server's time with
 * it instead of sleeping; production never configures the file. The file is read again whenever
 * it changes.
 */
final class ShiftableClock extends Clock {

    private static final Logger LOG = Logger.getLogger(ShiftableClock.class.getName());

    private final Clock base;
    private final Path file;
    private volatile FileTime readAt;
    private volatile Duration shift = Duration.ZERO;

    ShiftableClock(Clock base, Path file) {
        this.base = base;
        this.file = file;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ShiftableClock(base.withZone(zone), file);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(shift());
    }

    private Duration shift() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(readAt)) {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                shift = text.isEmpty() ? Duration.ZERO : Duration.parse(text);
                readAt = modified;
                LOG.log(Level.WARNING, "The hall clock is shifted by {0} (test setting)", shift);
            }
        } catch (IOException e) {
            shift = Duration.ZERO;
            readAt = null;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Clock shift file {0} does not hold a duration; no shift", file);
            shift = Duration.ZERO;
        }
        return shift;
    }
}
