/**
 * Two misbehaving escalation rules for the isolation tests: one always throws, one hangs for a
 * minute. Never installed by default.
 */
package org.servicehall.plugins.escalation.faulty;
