/**
 * MicroProfile Health checks: live while the server runs, ready once the database schema is
 * current and the plugin host has started.
 */
package org.servicehall.infrastructure.health;
