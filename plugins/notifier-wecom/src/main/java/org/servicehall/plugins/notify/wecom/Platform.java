package org.servicehall.plugins.notify.wecom;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;

/**
 * The two group robots: what each wants as the body of a text message, how much text it takes,
 * and how its address is completed. Both answer {@code {"errcode":0,"errmsg":"ok"}} when the
 * message is in the group.
 *
 * <p>Messages go as {@code text}, not {@code markdown}: the host's text is shown as it is (no
 * character of it can become markup in the group), and WeCom can mention everyone only in a text
 * message.
 */
enum Platform {

    /** 企业微信群机器人: {@code https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…}. */
    WECOM(2048) {
        @Override
        JsonObject payload(String text, boolean mentionAll) {
            var content = RobotJson.object().add("content", text);
            if (mentionAll) {
                content.add("mentioned_list", RobotJson.array("@all"));
            }
            return RobotJson.object().add("msgtype", "text").add("text", content).build();
        }

        @Override
        URI address(URI webhook, String signingSecret, Instant now) {
            return webhook;
        }
    },

    /** 钉钉自定义机器人: {@code https://oapi.dingtalk.com/robot/send?access_token=…}, optionally signed. */
    DINGTALK(4096) {
        @Override
        JsonObject payload(String text, boolean mentionAll) {
            return RobotJson.object().add("msgtype", "text")
                    .add("text", RobotJson.object().add("content", text))
                    .add("at", RobotJson.object().add("isAtAll", mentionAll)).build();
        }

        /**
         * With a signing secret: {@code &timestamp=<ms>&sign=<signature>}, which DingTalk accepts
         * within an hour of its own clock.
         */
        @Override
        URI address(URI webhook, String signingSecret, Instant now) {
            if (signingSecret.isEmpty()) {
                return webhook;
            }
            long timestamp = now.toEpochMilli();
            String separator = webhook.getRawQuery() == null ? "?" : "&";
            return URI.create(webhook + separator + "timestamp=" + timestamp + "&sign=" + DingTalkSignature.sign(signingSecret, timestamp));
        }
    };

    /** The most UTF-8 bytes of text the platform takes in one text message. */
    final int maxTextBytes;

    Platform(int maxTextBytes) {
        this.maxTextBytes = maxTextBytes;
    }

    /** The JSON to post for a text. */
    abstract JsonObject payload(String text, boolean mentionAll);

    /** Where to post: the webhook, completed as the platform wants it at this moment. */
    abstract URI address(URI webhook, String signingSecret, Instant now);

    static Platform of(String value) {
        for (Platform p : values()) {
            if (p.name().equalsIgnoreCase(value)) {
                return p;
            }
        }
        return null;
    }
}
