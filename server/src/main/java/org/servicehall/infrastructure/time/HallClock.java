package org.servicehall.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the clock every rule reads: the system clock in the hall's time zone
 * ({@code servicehall.zone}, default Asia/Shanghai), ticking in whole milliseconds so that a time
 * read back from any database equals the time written.
 */
@ApplicationScoped
public class HallClock {

    @Inject
    @ConfigProperty(name = "servicehall.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** Tests only: a file holding how far the hall's time runs ahead (see {@link ShiftableClock}). */
    @Inject
    @ConfigProperty(name = "servicehall.clock.shift.file", defaultValue = " ")
    String shiftFile;

    @Produces
    @ApplicationScoped
    Clock clock() {
        Clock system = Clock.system(ZoneId.of(zone));
        Clock base = shiftFile.isBlank() ? system : new ShiftableClock(system, Path.of(shiftFile.strip()));
        return Clock.tick(base, Duration.ofMillis(1));
    }
}
