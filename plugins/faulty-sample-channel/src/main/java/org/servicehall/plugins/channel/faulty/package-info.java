/**
 * A channel adapter that throws or hangs in handle, poll and deliver when its test tells it to,
 * for the host's isolation tests. Never installed by default, and never outside a test server:
 * its endpoint takes orders from anyone.
 */
package org.servicehall.plugins.channel.faulty;
