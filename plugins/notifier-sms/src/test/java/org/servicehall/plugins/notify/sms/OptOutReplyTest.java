package org.servicehall.plugins.notify.sms;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptOutReplyTest {

    @Test
    void td_and_stop_in_any_case_width_and_spacing_are_opt_outs() {
        for (String reply : new String[] {"TD", "td", " Td\n", "ＴＤ", "ｔｄ", "\u3000TD\u3000", "STOP", "Stop.", "ＳＴＯＰ", "退订", "TD。"}) {
            assertTrue(OptOutReply.isOptOut(reply), reply);
        }
    }

    @Test
    void other_replies_are_not() {
        for (String reply : new String[] {"谢谢", "T D X", "TDD", "STOP IT", "", "好的，不要退订", null}) {
            assertFalse(OptOutReply.isOptOut(reply), String.valueOf(reply));
        }
    }
}
