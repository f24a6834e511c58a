package org.servicehall.application;

import java.util.Map;

/**
 * The texts of the hall's messages: one template per message kind in Chinese and English with
 * named placeholders such as {@code {trackingNumber}}, shipped with the server and overridable
 * key by key by the hall (in {@code notifications_zh_CN.properties} and {@code
 * notifications_en.properties} of its settings folder).
 */
public interface MessageTemplates {

    /**
     * A message of {@code kind} made from its templates and {@code params}.
     *
     * @param secret a value only the recipient may read (a receipt's query code): the texts keep
     *               its placeholder, the message carries it apart; or null
     */
    Outbox.Message compose(String kind, Outbox.RecipientKind recipientKind, String recipientId, String trackingNumber,
                           Map<String, String> params, boolean important, String secret);
}
