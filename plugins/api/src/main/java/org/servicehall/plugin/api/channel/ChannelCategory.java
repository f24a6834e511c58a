package org.servicehall.plugin.api.channel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * A category on offer, as a channel may show or map it: its code, label, one-line explanation and
 * the extra questions filing under it asks (answered through {@link Registration.Builder#extraField}).
 */
public final class ChannelCategory {

    private final String code;
    private final LocalizedText label;
    private final LocalizedText explanation;
    private final List<FormField> fields;

    public ChannelCategory(String code, LocalizedText label) {
        this(code, label, null, List.of());
    }

    /**
     * @param explanation may be null
     * @param fields      the extra questions, in display order
     */
    public ChannelCategory(String code, LocalizedText label, LocalizedText explanation, List<FormField> fields) {
        this.code = Objects.requireNonNull(code, "code");
        this.label = Objects.requireNonNull(label, "label");
        this.explanation = explanation;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }

    public Optional<LocalizedText> explanation() {
        return Optional.ofNullable(explanation);
    }

    public List<FormField> fields() {
        return fields;
    }
}
