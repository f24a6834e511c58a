package org.servicehall.infrastructure.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotifierDeliveryTest {

    @Test
    void a_routing_setting_lists_kinds_and_a_star_or_nothing_means_every_kind() {
        assertEquals(Set.of("FILED", "RESULT"), NotifierDelivery.kinds(" FILED, RESULT ,,"));
        assertNull(NotifierDelivery.kinds("*"));
        assertNull(NotifierDelivery.kinds(" "));
        assertNull(NotifierDelivery.kinds(null));
    }

    @Test
    void the_pause_between_attempts_doubles_up_to_an_hour() {
        NotifierDelivery delivery = new NotifierDelivery();
        delivery.retryPause = Duration.ofSeconds(30);
        assertEquals(Duration.ofSeconds(30), delivery.pause(0));
        assertEquals(Duration.ofSeconds(60), delivery.pause(1));
        assertEquals(Duration.ofMinutes(32), delivery.pause(6));
        assertEquals(Duration.ofHours(1), delivery.pause(7));
        assertEquals(Duration.ofHours(1), delivery.pause(29));
    }
}
