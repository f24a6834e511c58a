package org.servicehall.plugins.notify.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * A mail that did not go out; the host keeps the message and tries again. The text says what IT
 * can fix (the server, the login, the certificate) and carries neither an address nor the mail's
 * content, which is why the mail library's exception, whose text may name the recipient, is not
 * attached.
 */
final class NotSent extends Exception {

    private static final long serialVersionUID = 1L;

    NotSent(String message) {
        super(message);
    }

    /** Why the mail server at host:port did not take the mail. */
    static NotSent of(MessagingException e, String host, int port) {
        return new NotSent("email: the mail server at " + host + ":" + port + " " + reason(e));
    }

    private static String reason(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return "refused the user name or password (settings username and password)";
        }
        // MessagingException's cause is its next exception, so this walks both chains
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SMTPAddressFailedException refused) {
                return "refused the recipient (SMTP " + refused.getReturnCode() + ")";
            }
            if (cause instanceof SMTPSendFailedException refused && refused.getReturnCode() > 0) {
                return "refused the mail (SMTP " + refused.getReturnCode() + ")";
            }
            if (cause instanceof CertificateException) {
                return "presented a certificate that is not trusted or not issued for its name";
            }
            if (cause instanceof SSLException) {
                return "could not agree on TLS (" + cause.getClass().getSimpleName() + ")";
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof SocketTimeoutException || cause instanceof NoRouteToHostException) {
                return "cannot be reached (" + cause.getClass().getSimpleName() + ")";
            }
        }
        if (String.valueOf(e.getMessage()).contains("STARTTLS")) {
            return "does not offer STARTTLS, which the setting security=starttls requires";
        }
        return "did not take the mail (" + e.getClass().getSimpleName() + ")";
    }
}
