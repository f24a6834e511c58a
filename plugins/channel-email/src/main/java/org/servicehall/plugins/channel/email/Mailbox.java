package org.servicehall.plugins.channel.email;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.servicehall.plugin.api.channel.ChannelCategory;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.InvalidRegistrationException;
import org.servicehall.plugin.api.channel.Registered;
import org.servicehall.plugin.api.channel.Registration;
import org.servicehall.plugins.channel.email.ReplySender.Sent;

/**
 * One fetch from the mailbox with one context: connects, takes the unread mail of the folder in
 * order (bounded in number and time), and disconnects. Log lines name counts, folders, tracking
 * numbers and fixed reason codes, never what a citizen wrote or a password.
 */
final class Mailbox {

    private static final Logger LOG = Logger.getLogger(Mailbox.class.getName());

    /**
     * What one fetch did.
     *
     * @param refused replies the mail server refused for good (recorded on their complaints)
     * @param failure why the mailbox could not be read this time; null when it could
     */
    record Outcome(int filed, int duplicates, int notes, int kept, int waiting, int refused, MailFailure failure) {
        int taken() {
            return filed + duplicates + notes + kept + waiting;
        }

        @Override
        public String toString() {
            return "filed " + filed + ", already filed " + duplicates + ", added as notes " + notes + ", kept aside " + kept
                    + ", waiting for the next fetch " + waiting + ", replies refused by the mail server " + refused;
        }
    }

    private final MailSettings settings;
    private final ChannelContext context;
    private final Session session;
    private final ReplySender replies;
    private Store store;
    private Folder inbox;
    private int filed;
    private int duplicates;
    private int notes;
    private int kept;
    private int waiting;
    private int refused;
    private MailFailure failure;
    private MailTrust.Unusable trustProblem;

    Mailbox(MailSettings settings, ChannelContext context) {
        this.settings = settings;
        this.context = context;
        Properties properties = MailProperties.of(settings);
        if (!settings.trustStore().isEmpty()) {
            try {
                SSLSocketFactory trusted = MailTrust.socketFactory(settings.trustStore(), settings.trustStorePassword());
                for (String protocol : List.of("imap", "imaps", "smtp", "smtps")) {
                    properties.put("mail." + protocol + ".ssl.socketFactory", trusted);
                }
            } catch (MailTrust.Unusable e) {
                trustProblem = e;
            }
        }
        this.session = Session.getInstance(properties);
        Properties forSending = new Properties();
        forSending.putAll(properties);
        forSending.remove("mail.mime.allowutf8");
        this.replies = new ReplySender(settings, context, Session.getInstance(forSending));
    }

    Outcome fetch() {
        long started = System.nanoTime();
        if (trustProblem != null) {
            LOG.log(Level.FINE, "email: tls.truststore {0}", trustProblem.getMessage());
            return new Outcome(0, 0, 0, 0, 0, 0, MailFailure.TRUST_STORE);
        }
        try {
            store = session.getStore(settings.imapSsl() ? "imaps" : "imap");
            store.connect(settings.imapHost(), settings.imapPort(), settings.user(), settings.password());
            inbox = store.getFolder(settings.inbox());
            inbox.open(Folder.READ_WRITE);
            Message[] unread = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            FetchProfile profile = new FetchProfile();
            profile.add(FetchProfile.Item.ENVELOPE);
            profile.add(FetchProfile.Item.FLAGS);
            profile.add(FetchProfile.Item.SIZE);
            inbox.fetch(unread, profile);
            int handled = 0;
            for (Message message : unread) {
                if (handled >= settings.maxPerPoll() || elapsedMillis(started) > settings.budgetMillis()
                        || Thread.currentThread().isInterrupted()) {
                    break;
                }
                if (message.isExpunged() || message.isSet(Flags.Flag.DELETED) || message.isSet(Flags.Flag.SEEN)) {
                    continue;
                }
                handled++;
                try {
                    if (!take((MimeMessage) message)) {
                        break;
                    }
                } catch (MessagingException e) {
                    LOG.log(Level.WARNING, "email: a mail could not be marked or moved ({0}); the fetch stops here",
                            e.getClass().getSimpleName());
                    break;
                }
            }
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "email: the mailbox could not be read ({0})", e.getClass().getSimpleName());
            failure = MailFailure.of(e);
        } finally {
            close();
        }
        return new Outcome(filed, duplicates, notes, kept, waiting, refused, failure);
    }

    /**
     * Takes one mail.
     *
     * @return false when the host could not take it and the fetch should stop
     */
    private boolean take(MimeMessage message) throws MessagingException {
        if (message.getSize() > settings.maxMessageBytes()) {
            keepAside(message, "tooLarge");
            return true;
        }
        InboundMail mail;
        try {
            mail = InboundMail.read(message);
        } catch (InboundMail.Unreadable e) {
            keepAside(message, e.getMessage());
            return true;
        }
        if (mail.automatic() || mail.senderAddress().equalsIgnoreCase(settings.smtpFrom())) {
            keepAside(message, "automatic");
            return true;
        }
        try {
            Optional<String> quoted = TrackingNumbers.quotedIn(mail.subject(), mail.body());
            // Tracking numbers are sequential: only the complaint's own contact adds to it by quoting one.
            boolean ownComplaint = quoted.isPresent() && context.fromComplainant(quoted.get(), mail.senderAddress());
            if (ownComplaint) {
                // Files first (kept once by content, so a repeated fetch adds nothing), then the note.
                Optional<Kept> kept = keepAttachments(quoted.get(), mail);
                if (kept.isPresent() && context.addNote(quoted.get(), MailTexts.noteText(mail))) {
                    // The note is committed: mark the mail first, so that a failing reply never adds it twice.
                    processed(message);
                    notes++;
                    if (replies.send(mail, quoted.get(), Replies.noteSubject(quoted.get(), mail.subject()),
                            Replies.noteText(quoted.get(), kept.get())) == Sent.REFUSED) {
                        refused++;
                    }
                    return true;
                }
            } else if (quoted.isPresent()) {
                LOG.log(Level.INFO, "email: a mail quoting complaint {0} is not added to it (not from its contact address, or not "
                        + "a complaint of this channel); it is filed as a new complaint", quoted.get());
            }
            Optional<Registration> registration = registration(mail, ownComplaint ? Optional.empty() : quoted);
            if (registration.isEmpty()) {
                LOG.log(Level.WARNING, "email: no category is on offer; mail waits for the next fetch");
                waiting++;
                return false;
            }
            Registered registered = context.register(registration.get());
            if (registered.duplicate()) {
                duplicates++;
            }
            Kept kept = keepAttachments(registered.trackingNumber(), mail)
                    .orElseGet(() -> Kept.none(mail.attachments())); // filed before and finished since
            // Filed (or filed before, by a fetch that did not finish): answer, then mark. A repeated
            // fetch finds the same complaint, so the answer is sent at least once.
            Sent sent = replies.send(mail, registered.trackingNumber(),
                    Replies.filedSubject(registered.trackingNumber(), mail.subject()),
                    Replies.filedText(registered.trackingNumber(), registered.queryCode().orElse(null), kept));
            if (sent == Sent.LATER) {
                waiting++;
                return true;
            }
            if (sent == Sent.REFUSED) {
                refused++;
            }
            processed(message);
            if (!registered.duplicate()) {
                filed++;
                LOG.log(Level.INFO, "email: filed complaint {0}", registered.trackingNumber());
            }
            return true;
        } catch (InvalidRegistrationException e) {
            keepAside(message, "refused " + String.join("/", e.problems().entrySet().stream()
                    .map(p -> p.getKey() + ":" + p.getValue()).toList()));
            return true;
        } catch (MessagingException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "email: the host could not take a mail ({0}); it waits for the next fetch",
                    e.getClass().getSimpleName());
            waiting++;
            return false;
        }
    }

    /**
     * Offers the mail's attachments to the host as evidence of the complaint, up to
     * {@code max.attachments}; one the host refuses (type, size) or that could not be read is
     * named in the answer and stays in the original mail.
     *
     * @return empty when the complaint does not take files (not one of this channel's, or finished)
     */
    private Optional<Kept> keepAttachments(String trackingNumber, InboundMail mail) {
        List<String> kept = new ArrayList<>();
        List<String> notKept = new ArrayList<>();
        int offered = 0;
        for (InboundMail.Attachment attachment : mail.attachments()) {
            if (attachment.content() == null || attachment.content().length == 0 || offered >= settings.maxAttachments()) {
                notKept.add(attachment.fileName());
                continue;
            }
            offered++;
            try {
                if (!context.addEvidence(trackingNumber, attachment.fileName(), attachment.contentType(), attachment.content())) {
                    return Optional.empty();
                }
                kept.add(attachment.fileName());
            } catch (InvalidRegistrationException e) {
                notKept.add(attachment.fileName());
            }
        }
        return Optional.of(new Kept(kept, notKept));
    }

    /** @param quotedByOther a tracking number the mail quotes whose complainant did not send it */
    private Optional<Registration> registration(InboundMail mail, Optional<String> quotedByOther) {
        List<ChannelCategory> offered = context.categories();
        Set<String> codes = offered.stream().map(ChannelCategory::code).collect(Collectors.toSet());
        KeywordCategories map;
        try {
            map = KeywordCategories.parse(settings.categoryMap(), settings.categoryDefault());
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "email: the setting category.map is not word=CATEGORY pairs; the default category is used");
            map = KeywordCategories.parse("", settings.categoryDefault());
        }
        Optional<String> category = map.categoryFor(mail.searchableText(), codes,
                offered.stream().map(ChannelCategory::code).findFirst());
        return category.map(code -> Registration.builder(mail.externalId())
                .category(code)
                .description(quotedByOther.map(n -> MailTexts.description(mail, n)).orElseGet(() -> MailTexts.description(mail)))
                .contactName(mail.name().map(n -> Texts.cut(n, MailTexts.NAME_MAX)).orElse(null))
                .contactEmail(mail.senderAddress())
                .build());
    }

    /** Marks a mail taken: read, and moved to the processed folder when one is set. */
    private void processed(MimeMessage message) throws MessagingException {
        message.setFlag(Flags.Flag.SEEN, true);
        if (!settings.processedFolder().isEmpty()) {
            moveTo(message, settings.processedFolder());
        }
    }

    /** Keeps a mail it cannot take: moved, unread, to the folder for such mail; never deleted. */
    private void keepAside(MimeMessage message, String reason) throws MessagingException {
        kept++;
        LOG.log(Level.WARNING, "email: a mail was not taken ({0}); kept in folder {1}",
                new Object[] {reason, settings.unprocessedFolder()});
        if (settings.unprocessedFolder().isEmpty() || settings.unprocessedFolder().equalsIgnoreCase(settings.inbox())) {
            message.setFlag(Flags.Flag.SEEN, true); // left where it is, but not taken again
            return;
        }
        try {
            moveTo(message, settings.unprocessedFolder());
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "email: folder {0} cannot take the mail ({1}); it is left in place, marked read",
                    new Object[] {settings.unprocessedFolder(), e.getClass().getSimpleName()});
            message.setFlag(Flags.Flag.SEEN, true);
        }
    }

    private void moveTo(MimeMessage message, String folderName) throws MessagingException {
        Folder target = store.getFolder(folderName);
        if (!target.exists() && !target.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("cannot create folder");
        }
        Message[] one = {message};
        if (inbox instanceof IMAPFolder imap && store instanceof IMAPStore imapStore && imapStore.hasCapability("MOVE")) {
            imap.moveMessages(one, target);
            return;
        }
        inbox.copyMessages(one, target);
        message.setFlag(Flags.Flag.DELETED, true);
        if (inbox instanceof IMAPFolder imap && store instanceof IMAPStore imapStore && imapStore.hasCapability("UIDPLUS")) {
            imap.expunge(one);
        }
    }

    private void close() {
        replies.close();
        try {
            if (inbox != null && inbox.isOpen()) {
                inbox.close(true); // expunges what was copied away on servers without MOVE or UIDPLUS
            }
        } catch (MessagingException e) {
            // closing the store below ends the session
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException e) {
            // nothing to do
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
