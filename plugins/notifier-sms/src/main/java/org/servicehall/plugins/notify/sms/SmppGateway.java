package org.servicehall.plugins.notify.sms;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.servicehall.plugin.api.notify.Message;

/**
 * SMPP 3.4 to an SMS centre (jSMPP, embedded). One transceiver session, bound at the first send and
 * kept: it also carries the delivery receipts and the citizens' replies. When the session is lost
 * (the SMS centre restarted, the network failed) it is bound again in the background, with growing
 * pauses, and at the latest by the next send; while it cannot be bound, sends throw and the host's
 * outbox keeps the messages. A change of host, port or account in the settings binds afresh.
 */
final class SmppGateway implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SmppGateway.class.getName());
    private static final int ENQUIRE_LINK_MILLIS = 30_000;
    private static final Duration FIRST_REBIND = Duration.ofSeconds(1);
    private static final Duration LAST_REBIND = Duration.ofSeconds(60);
    private static final GeneralDataCoding UCS2 = new GeneralDataCoding(Alphabet.ALPHA_UCS2);

    static {
        JsmppLogging.keepPdusOutOfTheLog();
    }

    /** Where and as whom the session is bound; the password only to compare, never shown. */
    private record Account(String host, int port, String systemId, String password) {
        static Account of(SmsSettings s) {
            return new Account(s.host(), s.port(), s.systemId(), s.password());
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    private record Bound(SMPPSession session, Account account) {
    }

    private final SmppInbound inbound;
    private final Ledger ledger;
    private final Throttle throttle;
    private final Supplier<SmsSettings> settings;
    /** Held while binding; never while waiting for one of jSMPP's threads that may need it. */
    private final Object binding = new Object();
    /**
     * Set and cleared without {@link #binding}: jSMPP reports a lost session on its own threads,
     * which closing a session waits for.
     */
    private final AtomicReference<Bound> bound = new AtomicReference<>();
    private final ScheduledExecutorService rebinder;
    /** Guards the two fields below; nothing blocking is done while holding it. */
    private final Object rebinding = new Object();
    private ScheduledFuture<?> nextRebind;
    private Duration rebindPause = FIRST_REBIND;
    private volatile boolean closed;

    /** @param settings the settings as they are now (read anew for each background rebind) */
    SmppGateway(SmppInbound inbound, Ledger ledger, Throttle throttle, Supplier<SmsSettings> settings) {
        this.inbound = inbound;
        this.ledger = ledger;
        this.throttle = throttle;
        this.settings = settings;
        this.rebinder = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "servicehall-sms-smpp-rebind");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Hands every part of the message for every phone to the SMS centre that it has not accepted
     * before, at the agreed rate; returns when all are accepted.
     */
    void send(Message message, List<String> phones, SmsSettings s) throws SmsNotSentException, InterruptedException {
        String text = SmsText.of(message, s);
        Ledger.Entry entry = ledger.open(message.id(), Ucs2Parts.count(text) * phones.size());
        List<byte[]> parts = Ucs2Parts.of(text, entry.reference());
        for (String phone : phones) {
            for (int i = 0; i < parts.size(); i++) {
                String part = phone + "#" + (i + 1);
                if (ledger.handedOver(entry, part)) {
                    continue;
                }
                byte[] data = parts.get(i);
                boolean concatenated = parts.size() > 1;
                String gatewayId = throttle.pace(s.throughputPerSecond(),
                        () -> submit(s, phone, data, concatenated, message.important()));
                ledger.handOver(entry, part, gatewayId);
            }
        }
    }

    private String submit(SmsSettings s, String phone, byte[] data, boolean concatenated, boolean important)
            throws SmsNotSentException {
        SMPPSession session = session(s);
        ESMClass esm = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT,
                concatenated ? GSMSpecificFeature.UDHI : GSMSpecificFeature.DEFAULT);
        String source = Phones.digits(s.sourceAddress());
        try {
            return session.submitShortMessage("", SourceAddress.ton(s.sourceAddress()),
                    SourceAddress.npi(s.sourceAddress()), source,
                    Phones.international(phone) ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.ISDN, Phones.digits(phone), esm, (byte) 0, (byte) (important ? 1 : 0), null,
                    null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0, UCS2, (byte) 0, data)
                    .getMessageId();
        } catch (NegativeResponseException e) {
            throw new SmsNotSentException(String.format("the SMS centre at %s refused the message (command status 0x%08X)",
                    Account.of(s), e.getCommandStatus()));
        } catch (ResponseTimeoutException e) {
            // it may still answer, or the session may be dead: a fresh one is the certain way on
            drop(session);
            throw new SmsNotSentException("the SMS centre at " + Account.of(s) + " did not answer within "
                    + s.timeout().toMillis() + " ms");
        } catch (PDUException e) {
            // not the PDU's message: it would quote the address
            throw new SmsNotSentException("the message cannot be put into an SMPP submit_sm (address or text too long)");
        } catch (InvalidResponseException | IOException e) {
            drop(session);
            throw new SmsNotSentException("the connection to the SMS centre at " + Account.of(s) + " failed: " + e.getMessage());
        }
    }

    /** The bound session for these settings: the current one, or a new one bound now. */
    private SMPPSession session(SmsSettings s) throws SmsNotSentException {
        Account account = Account.of(s);
        synchronized (binding) {
            if (closed) {
                throw new SmsNotSentException("the SMS notifier is stopping");
            }
            Bound current = bound.get();
            if (current != null && current.account().equals(account) && current.session().getSessionState().isBound()) {
                return current.session();
            }
            if (current != null) {
                drop(current.session());
            }
            SMPPSession session = bind(account, s.timeout());
            bound.set(new Bound(session, account));
            // registered after the bind: a session lost from here on is bound again in the background
            session.addSessionStateListener((newState, oldState, source) -> {
                if (newState == SessionState.CLOSED) {
                    lost(session);
                }
            });
            if (!session.getSessionState().isBound()) {
                lost(session);
            }
            synchronized (rebinding) {
                rebindPause = FIRST_REBIND;
            }
            return session;
        }
    }

    private SMPPSession bind(Account account, Duration timeout) throws SmsNotSentException {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        SMPPSession session = new SMPPSession((host, port) -> {
            // jSMPP's default factory connects without a time limit; an SMS centre that drops
            // packets would hold the send for minutes
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(host, port), millis);
                return new SocketConnection(socket);
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        });
        session.setTransactionTimer(millis);
        session.setEnquireLinkTimer(ENQUIRE_LINK_MILLIS);
        session.setMessageReceiverListener(inbound);
        try {
            session.connectAndBind(account.host(), account.port(), new BindParameter(BindType.BIND_TRX,
                    account.systemId(), account.password(), "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                    null), millis);
        } catch (IOException e) {
            session.close();
            throw new SmsNotSentException("cannot bind to the SMS centre at " + account + ": " + e.getMessage());
        }
        LOG.log(Level.INFO, "sms: bound to the SMS centre at {0} as a transceiver", account);
        return session;
    }

    /** The session ended: forget it, and bind again in the background if it was the current one. */
    private void lost(SMPPSession session) {
        Bound current = bound.get();
        if (current != null && current.session() == session && bound.compareAndSet(current, null)) {
            if (!closed) {
                LOG.log(Level.WARNING, "sms: the session with the SMS centre at {0} ended; binding again",
                        current.account());
                scheduleRebind();
            }
        }
    }

    private void drop(SMPPSession session) {
        Bound current = bound.get();
        if (current != null && current.session() == session) {
            bound.compareAndSet(current, null);
        }
        session.close();
    }

    /** Binds now in the background (when the notifier starts), so that receipts and replies come before the first send. */
    void bindSoon() {
        schedule(Duration.ZERO);
    }

    /** Binds in the background while SMPP is chosen and configured, after a pause that grows with each failure. */
    private void scheduleRebind() {
        synchronized (rebinding) {
            Duration pause = rebindPause;
            rebindPause = pause.multipliedBy(2).compareTo(LAST_REBIND) > 0 ? LAST_REBIND : pause.multipliedBy(2);
            schedule(pause);
        }
    }

    private void schedule(Duration pause) {
        synchronized (rebinding) {
            if (closed || (nextRebind != null && !nextRebind.isDone())) {
                return;
            }
            try {
                nextRebind = rebinder.schedule(this::rebind, pause.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // closing
            }
        }
    }

    private void rebind() {
        SmsSettings s;
        try {
            s = settings.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sms: cannot read the settings to bind again: {0}", e.toString());
            scheduleRebindLater();
            return;
        }
        if (s.transport() != SmsSettings.Transport.SMPP || !s.missing().isEmpty()) {
            return; // another transport now, or not configured: the next send says so
        }
        try {
            session(s);
        } catch (SmsNotSentException e) {
            LOG.log(Level.FINE, "sms: binding again failed: {0}", e.getMessage());
            scheduleRebindLater();
        }
    }

    private void scheduleRebindLater() {
        synchronized (rebinding) {
            nextRebind = null;
            scheduleRebind();
        }
    }

    /** Unbinds; a later send binds again (used when IT chose another transport). */
    void disconnect() {
        synchronized (binding) {
            Bound current = bound.getAndSet(null);
            synchronized (rebinding) {
                if (nextRebind != null) {
                    nextRebind.cancel(false);
                }
            }
            if (current != null) {
                current.session().unbindAndClose();
            }
        }
    }

    @Override
    public void close() {
        synchronized (rebinding) {
            closed = true;
        }
        disconnect();
        rebinder.shutdownNow();
    }
}
