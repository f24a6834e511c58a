package org.servicehall.infrastructure.pluginhost;

import java.util.List;

/** The forms one mobile number takes: as filed (11 digits), and as gateways write it (+86, 0086, 86). */
final class PhoneForms {

    private PhoneForms() {
    }

    static List<String> of(String contact) {
        if (contact == null || contact.isBlank()) {
            return List.of();
        }
        String value = contact.strip();
        if (value.contains("@")) {
            return List.of(value);
        }
        String digits = value.replaceAll("[^0-9]", "");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? List.of() : List.of(digits);
    }
}
