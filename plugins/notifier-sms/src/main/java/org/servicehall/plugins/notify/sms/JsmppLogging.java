package org.servicehall.plugins.notify.sms;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * jSMPP logs through SLF4J, which the bundle binds to java.util.logging (the hall's log). At debug
 * level its sender, its sessions and their PDU tasks write every PDU sent and received in
 * hexadecimal, which spells out the phone numbers and the texts; a filter on those loggers keeps
 * only their INFO and above (which name addresses and states, not PDUs), even
 * when someone turns on fine logging for {@code org.jsmpp} to look into a connection. The loggers
 * are held here so that java.util.logging does not forget them, and their filters, while the bundle
 * runs.
 */
final class JsmppLogging {

    private static final List<Logger> PDU_DUMPERS = List.of("DefaultPDUSender", "session.SMPPSession",
            "session.PDUProcessTask", "session.PDUProcessServerTask", "session.PDUProcessOutboundTask",
            "session.PDUProcessOutboundServerTask").stream().map(name -> Logger.getLogger("org.jsmpp." + name)).toList();

    static {
        PDU_DUMPERS.forEach(logger -> logger.setFilter(r -> r.getLevel().intValue() >= Level.INFO.intValue()));
    }

    private JsmppLogging() {
    }

    /** Makes sure the filters are in place (they are once this class is loaded). */
    static void keepPdusOutOfTheLog() {
        // the static initialiser did it
    }
}
