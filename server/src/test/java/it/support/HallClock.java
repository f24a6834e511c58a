package it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Moves the test server's hall clock (the file {@code servicehall.clock.shift.file}) for tests that
 * need a time of day, e.g. the quiet hours. Only into the past: a complaint filed at a shifted time
 * keeps that time, and one dated in the future would stand first in every list sorted by time
 * (the window's new arrivals among them) long after the test.
 */
public final class HallClock {

    private HallClock() {
    }

    /** The latest moment at {@code time} (hall time) that is at least {@code before} ago. */
    public static LocalDateTime latestPast(LocalTime time, Duration before) {
        LocalDateTime limit = LocalDateTime.ofInstant(Instant.now().minus(before), TestServer.HALL_ZONE);
        LocalDateTime at = limit.toLocalDate().atTime(time);
        return at.isAfter(limit) ? at.minusDays(1) : at;
    }

    /** Makes the hall clock read {@code at} (hall time) now. */
    public static void set(LocalDateTime at) {
        Instant target = at.atZone(TestServer.HALL_ZONE).toInstant();
        Path file = file();
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.writeString(partial, Duration.between(Instant.now(), target).toString());
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void set(LocalDate day, LocalTime time) {
        set(day.atTime(time));
    }

    /** The real time again. */
    public static void reset() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file() {
        return Path.of(System.getProperty("servicehall.clock.shift.file"));
    }
}
