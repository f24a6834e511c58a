package org.servicehall.plugins.notify.sms;

/**
 * A message was not handed to the gateway (not configured, no template for its kind, the gateway
 * unreachable or refusing): the host keeps it in its outbox and tries again later. The text names
 * the cause for IT and never a phone number or the message's text.
 */
final class SmsNotSentException extends Exception {

    private static final long serialVersionUID = 1L;

    SmsNotSentException(String message) {
        super(message);
    }

    SmsNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
