package org.servicehall.ui.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicLinksTest {

    @Test
    void the_status_address_carries_number_and_query_code() {
        assertEquals("https://hall.example.gov.cn/kiosk/track.xhtml?n=TS-20261128-00042&c=123456",
                PublicLinks.statusUrl("https://hall.example.gov.cn/", "TS-20261128-00042", "123456"));
    }

    @Test
    void a_tracking_number_reads_aloud_in_short_groups() {
        assertEquals(List.of("TS", "2026", "1128", "00042"), PublicLinks.groups("TS-20261128-00042"));
    }
}
