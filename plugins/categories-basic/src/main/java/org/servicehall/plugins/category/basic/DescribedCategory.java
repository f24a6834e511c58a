package org.servicehall.plugins.category.basic;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.parsson.JsonProviderImpl;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * A category as the bundle's descriptor ({@value #DESCRIPTOR}) describes it: the categories of the
 * process differ only in their data, so a category is added or changed there, not in code. Read
 * once when the bundle starts; the host then calls only the accessors, which return constants.
 */
final class DescribedCategory implements CategoryProvider {

    /** The descriptor, beside this class in the bundle. */
    static final String DESCRIPTOR = "categories.json";

    /** Parsson by name: the host's context class loader would find the server's JSON-P instead. */
    private static final JsonProvider JSON = new JsonProviderImpl();

    private final String code;
    private final LocalizedText label;
    private final Optional<LocalizedText> explanation;
    private final String icon;
    private final int displayOrder;
    private final List<QuickPick> quickPicks;
    private final List<FormField> fields;

    private DescribedCategory(JsonObject category) {
        this.code = category.getString("code");
        this.label = text(category.getJsonObject("label"));
        this.explanation = category.containsKey("explanation")
                ? Optional.of(text(category.getJsonObject("explanation"))) : Optional.empty();
        this.icon = category.getString("icon");
        this.displayOrder = category.getInt("displayOrder");
        this.quickPicks = picks(category, "quickPicks");
        this.fields = category.containsKey("fields")
                ? category.getJsonArray("fields").getValuesAs(JsonObject.class).stream().map(DescribedCategory::field).toList()
                : List.of();
    }

    /** The categories the descriptor in this bundle describes, in the order written there. */
    static List<DescribedCategory> fromDescriptor() throws IOException {
        try (InputStream in = DescribedCategory.class.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IOException(DESCRIPTOR + " missing from the bundle");
            }
            return read(in);
        }
    }

    /**
     * Reads a descriptor: {@code {"categories": [...]}}, each with a code, a label and an optional
     * explanation ({@code {"zh": …, "en": …}}), an icon, a display order, quick-picks and fields.
     *
     * @throws IOException when it is not such JSON, or a value breaks the plugin API's limits
     */
    static List<DescribedCategory> read(InputStream descriptor) throws IOException {
        try (JsonReader reader = JSON.createReader(descriptor)) {
            return reader.readObject().getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                    .map(DescribedCategory::new).toList();
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IOException("category descriptor unusable: " + e.getMessage(), e);
        }
    }

    private static FormField field(JsonObject field) {
        String code = field.getString("code");
        LocalizedText label = text(field.getJsonObject("label"));
        boolean required = field.getBoolean("required", false);
        return switch (FormField.Type.valueOf(field.getString("type").toUpperCase(Locale.ROOT))) {
            case TEXT -> FormField.text(code, label, required, field.getInt("maxLength"));
            case NUMBER -> FormField.number(code, label, required, field.getJsonNumber("min").longValueExact(),
                    field.getJsonNumber("max").longValueExact());
            case CHOICE -> FormField.choice(code, label, required, picks(field, "choices"));
            case DATE -> FormField.date(code, label, required);
        };
    }

    private static List<QuickPick> picks(JsonObject owner, String key) {
        if (!owner.containsKey(key) || owner.get(key) == JsonValue.NULL) {
            return List.of();
        }
        return owner.getJsonArray(key).getValuesAs(JsonObject.class).stream()
                .map(pick -> QuickPick.of(pick.getString("code"), text(pick.getJsonObject("label"))))
                .toList();
    }

    private static LocalizedText text(JsonObject text) {
        return LocalizedText.of(text.getString("zh"), text.getString("en"));
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    @Override
    public String icon() {
        return icon;
    }

    @Override
    public int displayOrder() {
        return displayOrder;
    }

    @Override
    public Optional<LocalizedText> explanation() {
        return explanation;
    }

    @Override
    public List<QuickPick> quickPicks() {
        return quickPicks;
    }

    @Override
    public List<FormField> fields() {
        return fields;
    }

    @Override
    public String toString() {
        return "DescribedCategory[" + code + "]";
    }
}
