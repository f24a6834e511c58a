/**
 * A notifier that takes every message and fails to send each, for the host's isolation tests.
 * Never installed by default.
 */
package org.servicehall.plugins.notify.faulty;
