package org.servicehall.plugin.api.channel;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the host offers a channel adapter during one call: registering complaints, adding to
 * them, looking up their public status, the categories on offer, the adapter's settings and the
 * hall's clock. Valid for the call it was passed to.
 */
@ProviderType
public interface ChannelContext {

    /** The adapter's own id. */
    String channelId();

    /** Now, by the hall's clock (adapters never read the system clock). */
    Instant now();

    /** The hall's time zone. */
    ZoneId zone();

    /**
     * Files a complaint that arrived through this channel, committed before this returns. The
     * same {@link Registration#externalId()} registered again (by this channel) files nothing
     * and returns the first complaint's tracking number with {@link Registered#duplicate()} set.
     *
     * @throws InvalidRegistrationException when a field is missing or wrong; nothing is filed
     */
    Registered register(Registration registration);

    /**
     * Adds what the complainant sent later (through this channel) to a complaint that came in
     * through this channel, as a note on the case.
     *
     * @return false when there is no such complaint of this channel, or it is finished
     */
    boolean addNote(String trackingNumber, String text);

    /**
     * Keeps a file the complainant sent through this channel (a mail's attachment, say) as
     * evidence with a complaint that came in through this channel, committed before this returns.
     * The host stores it once with its SHA-256; the same content kept before with this complaint
     * is not kept again, so a repeated delivery adds nothing.
     *
     * @param fileName    the name the complainant gave it
     * @param contentType the type the complainant declared; the host checks the content itself
     * @param content     the file's bytes
     * @return false when there is no such complaint of this channel, or it is finished
     * @throws InvalidRegistrationException when the host refuses the file (key {@code file}: empty,
     *         too large, or not of a type the hall keeps: PDF, JPEG, PNG, MP3, WAV); nothing is kept
     * @since 1.1
     */
    boolean addEvidence(String trackingNumber, String fileName, String contentType, byte[] content);

    /**
     * Whether {@code contact} is the contact the complainant gave with a complaint that came in
     * through this channel: an e-mail address (compared without regard to case), a phone number, or
     * the sender account the adapter put after a {@code ':'} at the end of the complaint's
     * {@link Registration#externalId()} (as {@code msgId:openid}).
     * The host compares; the adapter never sees the complainant's data. Lets an adapter add to a
     * complaint only what its own complainant sent.
     *
     * @return false when there is no such complaint of this channel, or the contact is another
     * @since 1.2
     */
    boolean fromComplainant(String trackingNumber, String contact);

    /**
     * Records on a complaint of this channel that a message to the complainant through this
     * channel was refused for good (e.g. a mail server answered {@code 550 5.1.1} for the address),
     * so that staff see it and reach the complainant another way. Committed before this returns;
     * the same reason recorded again for the complaint is not recorded twice.
     *
     * @param reason what was refused, for staff (e.g. the server's reply line); at most 500 characters
     * @return false when there is no such complaint of this channel
     * @since 1.2
     */
    boolean recordUndeliverable(String trackingNumber, String reason);

    /**
     * The description as it was filed, of a complaint that came in through this channel; empty for
     * any other. It is the complainant's own words: an adapter shows it to its counterpart only
     * where the hall allows that (a setting of the adapter).
     *
     * @since 1.2
     */
    Optional<String> filedDescription(String trackingNumber);

    /** The public status of a complaint (any channel), by tracking number. */
    Optional<CaseStatus> status(String trackingNumber);

    /**
     * The public status of the complaints (any channel) that match, newest first, at most
     * {@link CaseQuery#limit()}.
     */
    List<CaseStatus> cases(CaseQuery query);

    /** The categories on offer now, in display order. */
    List<ChannelCategory> categories();

    /**
     * A setting of this adapter, configured by IT staff as {@code servicehall.channel.<id>.<key>};
     * read at each call, so a change applies without restart.
     */
    Optional<String> setting(String key);
}
