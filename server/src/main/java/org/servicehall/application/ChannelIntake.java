package org.servicehall.application;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.servicehall.domain.model.complaint.TrackingNumber;

/**
 * Stage 1 for complaints that channel plugins bring in from outside systems (the 12345 hotline,
 * Open311 clients): filed under the channel's own code with the counterpart's id, once per id.
 */
public interface ChannelIntake {

    /**
     * A complaint as a channel adapter registers it.
     *
     * @param source            the adapter's id, e.g. {@code hotline-12345}
     * @param externalReference the counterpart's id of the item; a second filing with it files nothing
     * @param channelCode       the channel code recorded with the complaint, e.g. {@code HOTLINE_12345}
     * @param phone             may be null; without phone and other contact the complaint is anonymous
     * @param otherContact      e.g. an e-mail address; may be null
     * @param answers           the category's extra fields, code → answer; may be empty
     */
    record ChannelFiling(String source, String externalReference, String channelCode, String categoryCode,
                         String description, String name, String phone, String otherContact,
                         Map<String, String> answers) {
        public ChannelFiling {
            answers = answers == null ? Map.of() : Map.copyOf(answers);
        }
    }

    /** @param duplicate the reference had been filed before; this is that complaint */
    record ChannelReceipt(TrackingNumber trackingNumber, boolean duplicate, String queryCode) {
    }

    /**
     * Files a complaint, committed when this returns, or finds the one filed before under the
     * same source and reference.
     *
     * @throws InvalidInputException with every field that is missing or wrong
     */
    ChannelReceipt file(ChannelFiling filing);

    /**
     * Adds what the complainant sent later to an open complaint that came in from this source.
     *
     * @return false when there is no such complaint from this source, or it is finished
     * @throws InvalidInputException when the text is empty or too long
     */
    boolean addFollowUp(String source, TrackingNumber number, String text);

    /**
     * Keeps a file the complainant sent through this source as evidence with an open complaint
     * that came in from it. A file with the same content (SHA-256) already kept with the complaint
     * is not kept again, so a repeated delivery adds nothing.
     *
     * @return false when there is no such complaint from this source, or it is finished
     * @throws InvalidInputException {@code file:empty}, {@code file:tooLarge}, {@code file:type}
     */
    boolean addEvidence(String source, TrackingNumber number, String fileName, String contentType, byte[] content)
            throws IOException;

    /**
     * Whether the contact (an e-mail address, without regard to case, or a phone number) is the one
     * given with a complaint that came in from this source.
     */
    boolean fromComplainant(String source, TrackingNumber number, String contact);

    /**
     * Records on a complaint from this source that a message to the complainant through it was
     * refused for good; the same reason again records nothing new.
     *
     * @return false when there is no such complaint from this source
     * @throws InvalidInputException when the reason is empty or too long
     */
    boolean recordUndeliverable(String source, TrackingNumber number, String reason);

    /** The description as filed, of a complaint that came in from this source. */
    Optional<String> filedDescription(String source, TrackingNumber number);
}
