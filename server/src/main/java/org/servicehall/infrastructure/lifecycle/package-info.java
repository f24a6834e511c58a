/**
 * Start and stop of the application's long-lived parts, in order: the database schema first, then
 * the plugin host in the background. Health checks report when each is up.
 */
package org.servicehall.infrastructure.lifecycle;
