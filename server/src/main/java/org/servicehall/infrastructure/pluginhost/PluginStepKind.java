package org.servicehall.infrastructure.pluginhost;

/** What a {@link PluginStep} does to its plugin. */
enum PluginStepKind {
    /** Keep the plugin stopped (before a write, so that the new jar does not start first). */
    STOP,
    /** Write the table's jar into the watched folder: missing here, or another SHA-256. */
    WRITE,
    /** Let the plugin run again. */
    START,
    /** Take the plugin out of the watched folder and uninstall it. */
    REMOVE
}
