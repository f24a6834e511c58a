package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Which outside system brought a complaint in through a channel plugin, and the complaint's own id
 * there (e.g. a 12345 work order number, unique per source): a repeated delivery finds the
 * complaint by it, and results are reported back under it.
 */
@Embeddable
public class ExternalReference {

    public static final int SOURCE_MAX_LENGTH = 60;
    public static final int REFERENCE_MAX_LENGTH = 100;

    @Column(name = "EXTERNAL_SOURCE", updatable = false, length = SOURCE_MAX_LENGTH)
    private String source;

    @Column(name = "EXTERNAL_REF", updatable = false, length = REFERENCE_MAX_LENGTH)
    private String reference;

    protected ExternalReference() {
        // for JPA
    }

    ExternalReference(String source, String reference) {
        this.source = Texts.required(source, SOURCE_MAX_LENGTH, "externalSource");
        this.reference = Texts.required(reference, REFERENCE_MAX_LENGTH, "externalReference");
    }

    /** The channel adapter's id, e.g. {@code hotline-12345}. */
    public String source() {
        return source;
    }

    /** The counterpart's own id of the complaint. */
    public String reference() {
        return reference;
    }
}
