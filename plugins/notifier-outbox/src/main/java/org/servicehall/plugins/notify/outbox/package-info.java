/**
 * The default notifier: it takes every message the host's outbox hands it and records the
 * delivery in the server log, so that the demo and a hall without a gateway work. One Declarative
 * Services component; nothing exported.
 */
package org.servicehall.plugins.notify.outbox;
