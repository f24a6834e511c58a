package org.servicehall.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KioskIdentityTest {

    @Test
    void a_kiosk_configured_on_its_url_reads_back_from_its_cookie() {
        KioskIdentity configured = KioskIdentity.DEFAULT.with("HALL1-K01", 60, 20, false);
        assertEquals("t.HALL1-K01~i.60~c.20~p.0", configured.format());
        assertEquals(configured, KioskIdentity.parse(configured.format()));
    }

    @Test
    void invalid_values_change_nothing() {
        KioskIdentity identity = KioskIdentity.DEFAULT.with("<script>", 0, 99999, null);
        assertEquals(KioskIdentity.DEFAULT, identity);
        assertNull(identity.idleSeconds());
    }

    @Test
    void an_unreadable_cookie_gives_the_default_kiosk() {
        assertEquals(KioskIdentity.DEFAULT, KioskIdentity.parse("garbage"));
        assertEquals(KioskIdentity.DEFAULT, KioskIdentity.parse(null));
        assertEquals("KIOSK", KioskIdentity.parse("t.bad terminal~i.x").terminal());
    }

    @Test
    void a_kiosk_has_a_printer_unless_told_otherwise() {
        assertFalse(KioskIdentity.parse("t.K1~p.0").printer());
        assertEquals(true, KioskIdentity.parse("t.K1").printer());
    }
}
