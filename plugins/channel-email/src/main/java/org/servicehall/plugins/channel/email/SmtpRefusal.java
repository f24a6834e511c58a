package org.servicehall.plugins.channel.email;

import jakarta.mail.MessagingException;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * A mail server's answer refusing one reply, as opposed to a failure of the connection: a
 * recipient refused ({@code 550 5.1.1 ... User unknown}) or the mail refused after it was sent.
 * A 5xx is for good; a 4xx asks to try again later.
 *
 * @param reply the server's reply line, for staff (names the refused address, never a password)
 */
record SmtpRefusal(int code, String reply) {

    boolean permanent() {
        return code >= 500 && code < 600;
    }

    static Optional<SmtpRefusal> of(MessagingException e) {
        // A refused recipient comes as the next exception of a SendFailedException.
        for (Exception next = e; next != null; next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException refused) {
                return Optional.of(new SmtpRefusal(refused.getReturnCode(), line(refused.getMessage())));
            }
        }
        if (e instanceof SMTPSendFailedException refused && refused.getReturnCode() >= 400
                && !"MAIL FROM".equalsIgnoreCase(String.valueOf(refused.getCommand()).split(":")[0].strip())) {
            return Optional.of(new SmtpRefusal(refused.getReturnCode(), line(refused.getMessage())));
        }
        return Optional.empty();
    }

    private static String line(String message) {
        return Texts.cut(Texts.oneLine(message), 300);
    }
}
