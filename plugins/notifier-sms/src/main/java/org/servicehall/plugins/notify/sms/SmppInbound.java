package org.servicehall.plugins.notify.sms;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.servicehall.plugin.api.notify.NotifierContext;

/**
 * What the SMS centre delivers to the hall over the transceiver session: delivery receipts of the
 * messages sent (reported to the host against the outbox message), and citizens' replies, of which
 * TD / STOP withdraws their consent. When the host cannot take a receipt or a withdrawal now, the
 * SMS centre is answered with a temporary error, so that it delivers it again later rather than the
 * hall losing an opt-out.
 */
final class SmppInbound implements MessageReceiverListener {

    private static final Logger LOG = Logger.getLogger(SmppInbound.class.getName());
    /** The receipt's fields as SMPP 3.4 Appendix B writes them: {@code id:... stat:DELIVRD ...}. */
    private static final Pattern RECEIPT_ID = Pattern.compile("(?i)\\bid:\\s*([^\\s]+)");
    private static final Pattern RECEIPT_STAT = Pattern.compile("(?i)\\bstat:\\s*([A-Z]+)");
    private static final byte DATA_CODING_GBK = 0x0F;

    private final String notifierId;
    private final NotifierContext context;
    private final Ledger ledger;

    SmppInbound(String notifierId, NotifierContext context, Ledger ledger) {
        this.notifierId = notifierId;
        this.context = context;
        this.ledger = ledger;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        try {
            if (deliverSm.isSmscDeliveryReceipt()) {
                receipt(deliverSm);
            } else {
                reply(deliverSm);
            }
        } catch (RuntimeException e) {
            // the host's database may be away for a moment; the SMS centre tries again
            LOG.log(Level.WARNING, "sms: could not record what the SMS centre delivered; it will deliver it again: {0}",
                    e.toString());
            throw new ProcessRequestException("not recorded now", SMPPConstant.STAT_ESME_RX_T_APPN);
        }
    }

    private void receipt(DeliverSm deliverSm) {
        String text = new String(deliverSm.getShortMessage() == null ? new byte[0] : deliverSm.getShortMessage(),
                StandardCharsets.ISO_8859_1);
        Optional<String> id = tlv(deliverSm, OptionalParameter.Tag.RECEIPTED_MESSAGE_ID).or(() -> find(RECEIPT_ID, text));
        Optional<String> stat = find(RECEIPT_STAT, text).map(s -> s.toUpperCase(Locale.ROOT));
        if (id.isEmpty() || stat.isEmpty()) {
            LOG.log(Level.FINE, "sms: a delivery receipt without id or stat was ignored");
            return;
        }
        Boolean delivered = finalState(stat.get());
        if (delivered == null) {
            return; // ENROUTE, ACCEPTD: not final yet
        }
        Optional<Ledger.Report> report = ledger.receipt(id.get(), delivered, stat.get());
        if (report.isEmpty()) {
            LOG.log(Level.FINE, "sms: a delivery receipt ({0}) for a part not sent since this server started, or not the last one",
                    stat.get());
            return;
        }
        Ledger.Report r = report.get();
        boolean known = context.deliveryReport(notifierId, r.messageId(), r.delivered(), r.detail());
        LOG.log(Level.FINE, "sms: message {0} {1} ({2}){3}", new Object[] {Long.toString(r.messageId()),
                r.delivered() ? "delivered" : "not delivered", r.detail(), known ? "" : ", unknown to the host"});
    }

    /** True for delivered, false for never will be, null while the gateway has not decided. */
    static Boolean finalState(String stat) {
        return switch (stat) {
            case "DELIVRD" -> Boolean.TRUE;
            case "UNDELIV", "EXPIRED", "DELETED", "REJECTD", "UNKNOWN" -> Boolean.FALSE;
            default -> null;
        };
    }

    private void reply(DeliverSm deliverSm) {
        String text = text(deliverSm);
        if (!OptOutReply.isOptOut(text)) {
            // replies are not read by anyone: the texts tell citizens how to reach the hall instead
            LOG.log(Level.FINE, "sms: a reply that is not an opt-out was ignored");
            return;
        }
        int withdrawn = context.withdrawConsent(Phones.asStored(deliverSm.getSourceAddr()));
        LOG.log(Level.INFO, "sms: a citizen replied to stop messages; consent withdrawn on {0} complaint(s)", withdrawn);
    }

    /** A reply's text, in its data coding, without a user data header. */
    static String text(DeliverSm deliverSm) {
        byte[] message = deliverSm.getShortMessage();
        if (message == null || message.length == 0) {
            OptionalParameter payload = deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
            message = payload instanceof OptionalParameter.OctetString octets ? octets.getValue() : new byte[0];
        }
        if (GSMSpecificFeature.UDHI.containedIn(deliverSm.getEsmClass()) && message.length > 0) {
            int header = (message[0] & 0xFF) + 1;
            message = header < message.length ? Arrays.copyOfRange(message, header, message.length) : new byte[0];
        }
        return new String(message, charset(deliverSm.getDataCoding()));
    }

    private static Charset charset(byte dataCoding) {
        return switch (dataCoding) {
            case Ucs2Parts.DATA_CODING_UCS2 -> StandardCharsets.UTF_16BE;
            // China's SMS centres deliver replies typed in Chinese as GBK under this coding
            case DATA_CODING_GBK -> Charset.isSupported("GBK") ? Charset.forName("GBK") : StandardCharsets.ISO_8859_1;
            // default alphabet, IA5, Latin-1: TD and STOP read the same in each
            default -> StandardCharsets.ISO_8859_1;
        };
    }

    private static Optional<String> tlv(DeliverSm deliverSm, OptionalParameter.Tag tag) {
        OptionalParameter parameter = deliverSm.getOptionalParameter(tag);
        if (parameter instanceof OptionalParameter.OctetString octets) {
            String value = octets.getValueAsString();
            // a C-octet string keeps its terminating NUL in the raw value
            value = value == null ? "" : value.replace("\0", "").strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        return Optional.empty();
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // a phone became reachable again: the SMS centre retries its own messages
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not taken; deliver with deliver_sm", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
