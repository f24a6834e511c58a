package org.servicehall.plugins.notify.sms;

import org.servicehall.plugin.api.notify.Message;
import org.servicehall.plugin.api.notify.Recipient;

/**
 * The text an SMS centre sends: the approved sign name first (in China an SMS must carry it), then
 * the message's Chinese body (a hall's SMS is Chinese, as its other texts are zh-CN first), and for
 * a complainant the way to stop further messages at the end.
 */
final class SmsText {

    /** Where the body already ends a sentence, the opt-out text follows directly. */
    private static final String SENTENCE_ENDS = "。！？；…）」』】.!?;)";

    private SmsText() {
    }

    static String of(Message message, SmsSettings settings) {
        String body = message.body().zh();
        StringBuilder text = new StringBuilder(settings.bracketedSignName()).append(body);
        String optOut = settings.optOutText().strip();
        if (message.recipient().kind() == Recipient.Kind.COMPLAINANT && !optOut.isEmpty()) {
            // a space keeps a link at the end of the body from running into the opt-out text
            boolean ended = !body.isEmpty() && SENTENCE_ENDS.indexOf(body.charAt(body.length() - 1)) >= 0;
            text.append(ended ? "" : " ").append(optOut);
        }
        return text.toString();
    }
}
