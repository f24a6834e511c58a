package org.servicehall.plugins.notify.sms;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;

/**
 * An SMS centre for the tests, on jSMPP's server sessions over a real socket: accepts the bind of
 * the configured account, records each submit_sm with the time it arrived, answers it with an id of
 * its own, and delivers receipts and citizens' replies on the bound session. It can be stopped and
 * started again on the same port, as an SMS centre that restarts. Public, and in the module's test
 * jar, for the server's integration tests of notifications.
 */
public final class LocalSmsc implements AutoCloseable {

    public static final String SYSTEM_ID = "hall01";
    public static final String PASSWORD = "s3cret";

    /** One submit_sm as it arrived. */
    public record Submit(long arrivedNanos, String id, String destination, byte dataCoding, byte esmClass,
                  byte registeredDelivery, byte priority, byte[] shortMessage) {

        public boolean concatenated() {
            return GSMSpecificFeature.UDHI.containedIn(esmClass);
        }

        /** The text without the user data header. */
        public String text() {
            int start = concatenated() ? (shortMessage[0] & 0xFF) + 1 : 0;
            return new String(shortMessage, start, shortMessage.length - start, Charset.forName("UTF-16BE"));
        }
    }

    final List<Submit> submits = new CopyOnWriteArrayList<>();

    /** Every submit_sm so far, in the order they arrived. */
    public List<Submit> submits() {
        return List.copyOf(submits);
    }
    final List<String> rejectedBinds = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger(0x1F00);
    private int port;
    private SMPPServerSessionListener listener;
    private Thread acceptor;

    public static LocalSmsc start() throws IOException {
        LocalSmsc smsc = new LocalSmsc();
        smsc.listen(0);
        return smsc;
    }

    public int port() {
        return port;
    }

    /** Listens again on the same port, as a restarted SMS centre does. */
    public void restart() throws IOException {
        listen(port);
    }

    private void listen(int wanted) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
        port = socket.getLocalPort();
        listener = new SMPPServerSessionListener(port, new ServerConnectionFactory() {
            // the socket bound above: port 0 finds a free port, and the test learns which
            public ServerConnection listen(int p) {
                return new ServerSocketConnection(socket);
            }

            public ServerConnection listen(int p, int timeout) {
                return new ServerSocketConnection(socket);
            }

            public ServerConnection listen(int p, int timeout, int backlog) {
                return new ServerSocketConnection(socket);
            }
        });
        listener.setMessageReceiverListener(new Receiver());
        SMPPServerSessionListener accepting = listener;
        acceptor = new Thread(() -> accept(accepting), "local-smsc-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(SMPPServerSessionListener accepting) {
        while (true) {
            SMPPServerSession session;
            try {
                session = accepting.accept();
            } catch (IOException e) {
                return; // stopped
            }
            try {
                BindRequest bind = session.waitForBind(10_000);
                if (SYSTEM_ID.equals(bind.getSystemId()) && PASSWORD.equals(bind.getPassword())) {
                    bind.accept("TESTSMSC");
                    sessions.add(session);
                } else {
                    rejectedBinds.add(bind.getSystemId());
                    bind.reject(0x0E); // ESME_RINVPASWD
                }
            } catch (Exception e) {
                session.close();
            }
        }
    }

    /** Down: no listener, every session closed. */
    public void stop() throws IOException {
        listener.close();
        for (SMPPServerSession session : sessions) {
            session.close();
        }
        sessions.clear();
    }

    public boolean bound() {
        return sessions.stream().anyMatch(s -> s.getSessionState().isBound());
    }

    /** A delivery receipt for a submitted message, in SMPP 3.4 Appendix B's text. */
    public void receipt(Submit submit, String stat) throws Exception {
        String text = "id:" + submit.id() + " sub:001 dlvrd:" + ("DELIVRD".equals(stat) ? "001" : "000")
                + " submit date:2611281000 done date:2611281001 stat:" + stat + " err:000 text:";
        current().deliverShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, submit.destination(),
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "",
                new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO,
                text.getBytes(Charset.forName("US-ASCII")));
    }

    /** A citizen's reply (mobile originated), in the given data coding. */
    public void reply(String from, String text, byte dataCoding, Charset charset) throws Exception {
        current().deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, from,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, "106900001234", new ESMClass(),
                (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.newInstance(dataCoding), text.getBytes(charset));
    }

    private SMPPServerSession current() {
        return sessions.stream().filter(s -> s.getSessionState().isBound()).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no bound session"));
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
            long arrived = System.nanoTime();
            String id = Integer.toHexString(ids.incrementAndGet()).toUpperCase();
            submits.add(new Submit(arrived, id, submitSm.getDestAddress(), submitSm.getDataCoding(),
                    submitSm.getEsmClass(), submitSm.getRegisteredDelivery(), submitSm.getPriorityFlag(),
                    submitSm.getShortMessage()));
            try {
                return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
            } catch (Exception e) {
                throw new ProcessRequestException(e.getMessage(), 0x08);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                                                               SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }
    }
}
