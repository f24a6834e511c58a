package org.servicehall.plugins.notify.wecom;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.servicehall.plugin.api.common.SettingSpec.Type;
import org.servicehall.plugin.api.notify.MessageKinds;
import org.servicehall.plugin.api.notify.NotifierContext;

/**
 * The notifier's settings ({@code servicehall.notifier.wecom.<key>}), as declared to the plugin
 * screen and as read at each send. The webhook address carries the robot's key, so it is a {@link
 * Type#SECRET} like DingTalk's signing secret: neither is ever logged or put into an exception.
 *
 * @param platform null when the setting names neither platform
 * @param roles    the roles whose messages go to the group, upper case
 */
record RobotSettings(Platform platform, String webhookUrl, String signingSecret, Set<String> roles, boolean mentionAll) {

    static final String DEFAULT_ROLES = "SUPERVISOR";
    static final String DEFAULT_KINDS = String.join(",", MessageKinds.ALERT_SUPERVISOR, MessageKinds.SUPERVISE,
            MessageKinds.SUGGEST_REASSIGN, MessageKinds.PLUGIN_STOPPED, MessageKinds.APPROVAL_WAITING);

    static RobotSettings read(NotifierContext context) {
        return new RobotSettings(Platform.of(text(context, "platform", "wecom")), text(context, "webhookUrl", ""),
                text(context, "signingSecret", ""), roles(text(context, "roles", DEFAULT_ROLES)),
                Boolean.parseBoolean(text(context, "mentionAll", "false")));
    }

    /** The settings that are missing or unusable, by key; empty when a message can be posted. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (platform == null) {
            missing.add("platform");
        }
        if (webhookUrl.isEmpty()) {
            missing.add("webhookUrl");
        }
        return missing;
    }

    boolean serves(String role) {
        return roles.contains(role.strip().toUpperCase(Locale.ROOT));
    }

    /** Never the webhook address or the secret. */
    @Override
    public String toString() {
        return "RobotSettings[" + platform + ", roles " + roles + "]";
    }

    private static Set<String> roles(String list) {
        Set<String> roles = new LinkedHashSet<>();
        for (String role : list.split(",")) {
            if (!role.isBlank()) {
                roles.add(role.strip().toUpperCase(Locale.ROOT));
            }
        }
        return Set.copyOf(roles);
    }

    private static String text(NotifierContext context, String key, String fallback) {
        return context.setting(GroupRobotNotifier.ID, key).map(String::strip).filter(s -> !s.isEmpty()).orElse(fallback);
    }
}
