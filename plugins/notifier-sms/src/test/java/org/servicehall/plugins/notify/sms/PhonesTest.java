package org.servicehall.plugins.notify.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhonesTest {

    @Test
    void a_phone_is_dialed_without_separators_and_nonsense_is_not_dialed() {
        assertEquals(Optional.of("13800138000"), Phones.dialable("138-0013 8000"));
        assertEquals(Optional.of("+85291234567"), Phones.dialable("+852 9123 4567"));
        assertEquals(Optional.empty(), Phones.dialable("call me"));
        assertEquals(Optional.empty(), Phones.dialable(null));
        assertEquals("85291234567", Phones.digits("+85291234567"));
    }

    @Test
    void a_replys_sender_with_the_country_code_is_matched_as_the_hall_stores_mainland_mobiles() {
        assertEquals("13800138000", Phones.asStored("8613800138000"));
        assertEquals("13800138000", Phones.asStored("+8613800138000"));
        assertEquals("13800138000", Phones.asStored("008613800138000"));
        assertEquals("13800138000", Phones.asStored("13800138000"));
        assertEquals("85291234567", Phones.asStored("85291234567"));
    }
}
