/**
 * The embedded Apache Felix framework that runs plugins: it exports the plugin API, runs
 * Declarative Services and File Install on the plugin folder, and translates the services plugins
 * register into domain types. Every call into plugin code is isolated and bounded in time.
 */
package org.servicehall.infrastructure.pluginhost;
