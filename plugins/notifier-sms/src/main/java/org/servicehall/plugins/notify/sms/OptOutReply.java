package org.servicehall.plugins.notify.sms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a citizen's reply asks for no more messages: {@code TD} (退订, the usual word on Chinese
 * SMS), {@code STOP}, or 退订 itself — in any case, full-width letters too (ＴＤ, typed with a Chinese
 * input method), with spaces or a closing full stop around it.
 */
final class OptOutReply {

    private static final Set<String> WORDS = Set.of("TD", "STOP", "退订");

    private OptOutReply() {
    }

    static boolean isOptOut(String reply) {
        if (reply == null) {
            return false;
        }
        // NFKC folds full-width letters (ＴＤ) and the ideographic space into their ASCII forms
        String text = Normalizer.normalize(reply, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        text = text.replaceAll("[\\s.!。！]+$", "").strip();
        return WORDS.contains(text);
    }
}
