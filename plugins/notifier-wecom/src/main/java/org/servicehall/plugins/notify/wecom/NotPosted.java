package org.servicehall.plugins.notify.wecom;

/**
 * A message the group did not get; the host keeps it and tries again. The text names the platform's
 * error code or the kind of network failure, never the webhook address (it carries the robot's key),
 * the secret or the message.
 */
final class NotPosted extends Exception {

    private static final long serialVersionUID = 1L;

    NotPosted(String message) {
        super(message);
    }
}
