package org.servicehall.plugin.api.channel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint as it arrived through a channel, for {@link ChannelContext#register}. Built with
 * {@link #builder(String)}; the host checks every field and says which are wrong.
 *
 * <p>Without a phone number or another contact the complaint is filed as anonymous.
 */
public final class Registration {

    private final String externalId;
    private final String categoryCode;
    private final String description;
    private final String contactName;
    private final String contactPhone;
    private final String contactEmail;
    private final Map<String, String> extraFields;

    private Registration(Builder b) {
        this.externalId = Objects.requireNonNull(b.externalId, "externalId");
        this.categoryCode = b.categoryCode;
        this.description = b.description;
        this.contactName = b.contactName;
        this.contactPhone = b.contactPhone;
        this.contactEmail = b.contactEmail;
        this.extraFields = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraFields));
    }

    /** @param externalId the counterpart's own id of this item, e.g. a work order number; 1 to 100 characters */
    public static Builder builder(String externalId) {
        return new Builder(externalId);
    }

    public String externalId() {
        return externalId;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String description() {
        return description;
    }

    public Optional<String> contactName() {
        return Optional.ofNullable(contactName);
    }

    public Optional<String> contactPhone() {
        return Optional.ofNullable(contactPhone);
    }

    public Optional<String> contactEmail() {
        return Optional.ofNullable(contactEmail);
    }

    /** Answers to the category's extra form fields, field code → value. */
    public Map<String, String> extraFields() {
        return extraFields;
    }

    /** Builds a {@link Registration}. */
    public static final class Builder {
        private final String externalId;
        private String categoryCode;
        private String description;
        private String contactName;
        private String contactPhone;
        private String contactEmail;
        private final Map<String, String> extraFields = new LinkedHashMap<>();

        private Builder(String externalId) {
            this.externalId = externalId;
        }

        /** A category code on offer (see {@link ChannelContext#categories()}). */
        public Builder category(String code) {
            this.categoryCode = code;
            return this;
        }

        /** What happened, in the complainant's words. */
        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder contactName(String name) {
            this.contactName = name;
            return this;
        }

        public Builder contactPhone(String phone) {
            this.contactPhone = phone;
            return this;
        }

        public Builder contactEmail(String email) {
            this.contactEmail = email;
            return this;
        }

        /** An answer to one of the category's extra form fields. */
        public Builder extraField(String code, String value) {
            extraFields.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Registration build() {
            return new Registration(this);
        }
    }
}
