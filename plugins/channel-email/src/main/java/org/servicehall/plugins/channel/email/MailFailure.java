package org.servicehall.plugins.channel.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Why a mail server could not be used, told apart so that IT reads in the log what to fix: the
 * server refused the user name or password, its certificate is not trusted (or is not for that
 * name), it cannot be reached, or something else. Never carries the password or a mail's content.
 */
enum MailFailure {
    AUTHENTICATION("refused the user name or password; check {2}.user and {2}.password"),
    UNTRUSTED_CERTIFICATE("presented a certificate that is not trusted or not issued for this host name; "
            + "for a private certificate set tls.truststore to its certificate or CA (PEM or PKCS12)"),
    TLS("could not agree on TLS with us"),
    UNREACHABLE("cannot be reached (refused, unknown host or timed out)"),
    TRUST_STORE("cannot be trusted: the file in tls.truststore is unreadable or holds no certificate"),
    OTHER("answered in a way the channel could not use");

    private final String explanation;

    MailFailure(String explanation) {
        this.explanation = explanation;
    }

    /** The log message with placeholders {0} host, {1} port, {2} the settings prefix (imap or smtp). */
    String message() {
        return "email: the mail server at {0}:{1} " + explanation;
    }

    static MailFailure of(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return AUTHENTICATION;
        }
        // MessagingException's cause is its next exception, so this walks both chains.
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CertificateException || cause instanceof CertPathBuilderException) {
                return UNTRUSTED_CERTIFICATE;
            }
            if (cause instanceof SSLHandshakeException handshake) {
                String text = String.valueOf(handshake.getMessage());
                return text.contains("PKIX") || text.contains("certificate") || text.contains("No subject alternative")
                        ? UNTRUSTED_CERTIFICATE : TLS;
            }
            if (cause instanceof SSLException) {
                return TLS;
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof SocketTimeoutException || cause instanceof NoRouteToHostException) {
                return UNREACHABLE;
            }
        }
        return e.getClass().getSimpleName().contains("Connect") ? UNREACHABLE : OTHER;
    }
}
