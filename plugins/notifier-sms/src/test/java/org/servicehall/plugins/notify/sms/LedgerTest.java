package org.servicehall.plugins.notify.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private final Ledger ledger = new Ledger();

    @Test
    void a_retry_keeps_the_reference_and_knows_the_parts_already_accepted() {
        Ledger.Entry entry = ledger.open(5, 3);
        ledger.handOver(entry, "138#1", "A1");
        Ledger.Entry retry = ledger.open(5, 3);
        assertEquals(entry.reference(), retry.reference());
        assertTrue(ledger.handedOver(retry, "138#1"));
        assertFalse(ledger.handedOver(retry, "138#2"));
    }

    @Test
    void a_receipt_naming_the_id_in_the_other_radix_is_still_traced() {
        Ledger.Entry entry = ledger.open(6, 1);
        ledger.handOver(entry, "138#1", "1F4A");
        assertEquals(Optional.of(new Ledger.Report(6, true, "DELIVRD")), ledger.receipt("8010", true, "DELIVRD"));
        assertEquals(Optional.empty(), ledger.receipt("1F4A", true, "DELIVRD"), "reported once");
    }

    @Test
    void a_receipt_for_an_unknown_id_reports_nothing() {
        assertEquals(Optional.empty(), ledger.receipt("ZZZ", false, "UNDELIV"));
    }
}
