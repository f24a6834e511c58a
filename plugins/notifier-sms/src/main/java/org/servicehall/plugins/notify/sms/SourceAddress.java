package org.servicehall.plugins.notify.sms;

import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;

/** How SMPP is told what kind of sender address the hall uses: an international number, a short code or a name. */
final class SourceAddress {

    private SourceAddress() {
    }

    static TypeOfNumber ton(String source) {
        if (source.isEmpty()) {
            return TypeOfNumber.UNKNOWN;
        }
        if (Phones.international(source)) {
            return TypeOfNumber.INTERNATIONAL;
        }
        return source.chars().allMatch(Character::isDigit) ? TypeOfNumber.UNKNOWN : TypeOfNumber.ALPHANUMERIC;
    }

    static NumberingPlanIndicator npi(String source) {
        return ton(source) == TypeOfNumber.ALPHANUMERIC || source.isEmpty()
                ? NumberingPlanIndicator.UNKNOWN : NumberingPlanIndicator.ISDN;
    }
}
