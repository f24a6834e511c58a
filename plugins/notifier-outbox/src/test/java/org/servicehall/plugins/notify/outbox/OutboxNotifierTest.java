package org.servicehall.plugins.notify.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.notify.Message;
import org.servicehall.plugin.api.notify.Recipient;

class OutboxNotifierTest {

    private final OutboxNotifier notifier = new OutboxNotifier();

    @Test
    void every_kind_of_recipient_is_accepted() {
        assertTrue(notifier.accepts(Recipient.role("SUPERVISOR")));
        assertTrue(notifier.accepts(Recipient.staff("zhang.wei")));
        assertTrue(notifier.accepts(Recipient.complainant("TS-20261128-00042", "13800138000")));
        assertFalse(notifier.accepts(null));
    }

    @Test
    void a_delivery_is_logged_without_the_phone_number_or_the_text() {
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(OutboxNotifier.class.getName());
        Handler handler = new Handler() {
            public void publish(LogRecord record) { records.add(record); }
            public void flush() { }
            public void close() { }
        };
        logger.addHandler(handler);
        try {
            notifier.send(new Message(7, Recipient.complainant("TS-20261128-00042", "13800138000"),
                    LocalizedText.of("您的投诉已处理", "Your complaint was handled"),
                    LocalizedText.of("王先生您好，处理结果如下", "Dear Mr Wang, the result"), "TS-20261128-00042"));
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(1, records.size());
        String line = MessageFormat.format(records.get(0).getMessage(), records.get(0).getParameters());
        assertEquals("Message 7 to COMPLAINANT:TS-20261128-00042 about TS-20261128-00042 delivered to the hall log", line);
        assertFalse(line.contains("13800138000"));
    }
}
