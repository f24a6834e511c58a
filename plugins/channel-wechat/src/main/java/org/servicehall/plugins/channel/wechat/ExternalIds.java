package org.servicehall.plugins.channel.wechat;

import java.util.Optional;

/** A complaint's external id from WeChat: the message id and, as far as it fits, the follower who sent it. */
final class ExternalIds {

    /** The longest external id the hall keeps. */
    static final int EXTERNAL_ID_MAX = 100;

    private ExternalIds() {
    }

    /**
     * The complaint's external id: the MsgId (the platform's retries of a message carry the same)
     * and the sender's openid, so that status changes can be sent back to the follower.
     */
    static String of(String msgId, String openid) {
        String both = msgId + ':' + openid;
        return both.length() <= EXTERNAL_ID_MAX ? both : msgId;
    }

    /** The follower an external id names, if it names one. */
    static Optional<String> openidOf(String externalId) {
        int colon = externalId.indexOf(':');
        return colon < 0 || colon == externalId.length() - 1 ? Optional.empty() : Optional.of(externalId.substring(colon + 1));
    }
}
