package org.servicehall.plugin.api.common;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Implemented, besides its own interface, by an escalation rule, notifier or channel adapter that
 * has settings: the host asks for the declarations once when the service appears, shows them on the
 * admin screen, keeps the values IT enters (shared by every server on the database) and hands them
 * to the plugin through its context's {@code setting(key)}.
 */
@ConsumerType
public interface Configurable {

    /** The settings this service reads, in the order the admin screen shows them. */
    List<SettingSpec> settings();
}
