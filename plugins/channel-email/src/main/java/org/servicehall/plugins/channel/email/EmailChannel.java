package org.servicehall.plugins.channel.email;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.channel.ChannelAdapter;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.common.Configurable;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;

/**
 * The complaints mailbox. On the host's schedule it fetches the unread mail of the configured IMAP
 * folder: a mail quoting the tracking number of an open complaint from this channel is added to it
 * as a note; any other mail is filed as a complaint (sender as contact, subject and text as
 * description, category by keywords, its Message-ID as external id so a repeated fetch never files
 * twice), and answered by SMTP with the tracking number. A mail is marked read and moved to the
 * processed folder only after the host committed what it brought; one that cannot be read or filed
 * is moved, never deleted, to a folder of its own.
 *
 * <p>Settings: see {@link MailSettings#specs()}. {@link #pollInterval()} has no context to read
 * {@code poll.seconds} from, so it answers the value read at the last poll (60 s before the first).
 */
@Component(service = ChannelAdapter.class, property = ChannelAdapter.PROPERTY_CHANNEL_ID + "=" + EmailChannel.ID)
public class EmailChannel implements ChannelAdapter, Configurable {

    static final String ID = "email";
    static final String CODE = "EMAIL";

    private static final Logger LOG = Logger.getLogger(EmailChannel.class.getName());

    private final ReentrantLock polling = new ReentrantLock();
    private volatile Duration interval = Duration.ofSeconds(MailSettings.DEFAULT_POLL_SECONDS);
    /**
     * Why the last fetch could not read the mailbox, null when it could: an outage is logged when it
     * starts, when its cause changes and when it ends, not every fetch.
     */
    private volatile MailFailure mailboxDown;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("电子邮件", "Email");
    }

    @Override
    public String channelCode() {
        return CODE;
    }

    @Override
    public Optional<Duration> pollInterval() {
        return Optional.of(interval);
    }

    /**
     * One fetch. Never throws for the mail server's or the host's trouble: a mail not finished stays
     * unread in the mailbox and is taken again next time.
     */
    @Override
    public void poll(ChannelContext context) {
        MailSettings settings = MailSettings.read(context);
        interval = settings.pollInterval();
        if (!settings.imapConfigured()) {
            LOG.log(Level.FINE, "email: no IMAP server or user configured; nothing fetched");
            return;
        }
        // A fetch the host gave up waiting for may still be running: never two at once.
        if (!polling.tryLock()) {
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Jakarta Mail and Activation find their providers through the context class loader.
        thread.setContextClassLoader(EmailChannel.class.getClassLoader());
        try {
            Mailbox.Outcome outcome = new Mailbox(settings, context).fetch();
            if (outcome.failure() != mailboxDown) {
                mailboxDown = outcome.failure();
                Object[] where = {settings.imapHost(), Integer.toString(settings.imapPort()), "imap"};
                if (mailboxDown == null) {
                    LOG.log(Level.INFO, "email: the mailbox at {0}:{1} can be read again", where);
                } else {
                    LOG.log(Level.WARNING, mailboxDown.message() + "; unread mail waits until the mailbox can be read", where);
                }
            }
            if (outcome.taken() > 0) {
                LOG.log(Level.INFO, "email: {0}", outcome);
            }
        } finally {
            thread.setContextClassLoader(previous);
            polling.unlock();
        }
    }

    @Override
    public List<SettingSpec> settings() {
        return MailSettings.specs();
    }
}
