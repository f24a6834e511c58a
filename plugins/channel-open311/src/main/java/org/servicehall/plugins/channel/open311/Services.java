package org.servicehall.plugins.channel.open311;

import static org.servicehall.plugins.channel.open311.Wording.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.channel.ChannelCategory;
import org.servicehall.plugin.api.channel.ChannelContext;

/** The services (the installed categories) and each one's definition (its form fields as attributes). */
final class Services {

    private Services() {
    }

    static Document.Items list(ChannelContext context, boolean english) {
        List<Object> services = new ArrayList<>();
        for (ChannelCategory category : context.categories()) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", category.code());
            service.put("service_name", text(category.label(), english));
            service.put("description", category.explanation().map(e -> text(e, english)).orElse(text(category.label(), english)));
            service.put("metadata", !category.fields().isEmpty());
            service.put("type", "realtime");
            service.put("keywords", "");
            service.put("group", english ? "Complaints" : "投诉");
            services.add(service);
        }
        return new Document.Items("service", services);
    }

    static Map<String, Object> definition(String code, ChannelContext context, boolean english) throws Refused {
        ChannelCategory category = category(code, context);
        List<Object> attributes = new ArrayList<>();
        int order = 1;
        for (FormField field : category.fields()) {
            Map<String, Object> attribute = new LinkedHashMap<>();
            attribute.put("variable", true);
            attribute.put("code", field.code());
            attribute.put("datatype", switch (field.type()) {
                case TEXT -> "string";
                case NUMBER -> "number";
                case DATE -> "datetime";
                case CHOICE -> "singlevaluelist";
            });
            attribute.put("required", field.required());
            attribute.put("datatype_description", switch (field.type()) {
                case TEXT -> english ? "At most " + field.maxLength() + " characters" : "最多 " + field.maxLength() + " 个字";
                case NUMBER -> english ? "A whole number from " + field.min() + " to " + field.max()
                        : field.min() + " 到 " + field.max() + " 之间的整数";
                case DATE -> english ? "A date, e.g. 2026-03-01" : "日期，例如 2026-03-01";
                case CHOICE -> english ? "One of the values" : "从下列选项中选一项";
            });
            attribute.put("order", order++);
            attribute.put("description", text(field.label(), english));
            if (field.type() == FormField.Type.CHOICE) {
                List<Object> values = new ArrayList<>();
                for (QuickPick choice : field.choices()) {
                    Map<String, Object> value = new LinkedHashMap<>();
                    value.put("key", choice.code());
                    value.put("name", text(choice.label(), english));
                    values.add(value);
                }
                attribute.put("values", new Document.Items("value", values));
            }
            attributes.add(attribute);
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.code());
        definition.put("attributes", new Document.Items("attribute", attributes));
        return definition;
    }

    static ChannelCategory category(String code, ChannelContext context) throws Refused {
        if (code == null || code.isBlank()) {
            throw new Refused(400, "service_code was not provided");
        }
        return context.categories().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new Refused(404, "service_code not found: " + code));
    }
}
