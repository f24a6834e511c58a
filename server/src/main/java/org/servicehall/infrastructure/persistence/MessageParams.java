package org.servicehall.infrastructure.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A message's named parameters in one column, in the properties format (which escapes whatever a
 * value holds). A list too long for the column keeps the parameters that fit, in name order.
 */
final class MessageParams {

    private MessageParams() {
    }

    static String write(Map<String, String> params, int maxLength) {
        if (params == null || params.isEmpty()) {
            return null;
        }
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, String> entry : new TreeMap<>(params).entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            String line = line(entry.getKey(), entry.getValue());
            if (all.length() + line.length() > maxLength) {
                break;
            }
            all.append(line);
        }
        return all.length() == 0 ? null : all.toString();
    }

    static Map<String, String> read(String column) {
        if (column == null || column.isEmpty()) {
            return Map.of();
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(column));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> params = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> params.put(name, properties.getProperty(name)));
        return params;
    }

    private static String line(String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter out = new StringWriter();
        try {
            one.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // store() starts with a date comment line; keep the entry only
        return out.toString().lines().filter(l -> !l.startsWith("#")).map(l -> l + "\n").findFirst().orElse("");
    }
}
