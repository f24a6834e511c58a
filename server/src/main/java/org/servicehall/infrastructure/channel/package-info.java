/**
 * The jobs around channel plugins: delivering the channel outbox to the adapters with backoff and
 * polling the adapters that poll. Both run on one server at a time (the database lease).
 */
package org.servicehall.infrastructure.channel;
