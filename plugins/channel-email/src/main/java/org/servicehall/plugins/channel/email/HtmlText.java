package org.servicehall.plugins.channel.email;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable text of an HTML mail body: no markup, scripts or styles; line breaks where blocks end. */
final class HtmlText {

    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head|title)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|blockquote|pre|table)\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null) {
            return "";
        }
        String text = HIDDEN.matcher(html).replaceAll(" ");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = unescape(text);
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\r?\\n")) {
            String tidy = line.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
            if (!tidy.isEmpty() || (out.length() > 0 && out.charAt(out.length() - 1) != '\n')) {
                out.append(tidy).append('\n');
            }
        }
        return out.toString().replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return codePoint(Integer.parseInt(name.substring(2), 16), whole);
            }
            if (name.startsWith("#")) {
                return codePoint(Integer.parseInt(name.substring(1)), whole);
            }
        } catch (NumberFormatException e) {
            return whole;
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "mdash" -> "—";
            case "ndash" -> "–";
            case "hellip" -> "…";
            case "ldquo" -> "“";
            case "rdquo" -> "”";
            default -> whole;
        };
    }

    private static String codePoint(int cp, String whole) {
        return Character.isValidCodePoint(cp) && !Character.isISOControl(cp) ? new String(Character.toChars(cp)) : whole;
    }
}
