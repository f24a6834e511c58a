/**
 * ServiceHall's own settings files (working-day calendar, deadline defaults, demo directory): the
 * defaults shipped in the WAR, overridden by files in the server's configuration folder.
 */
package org.servicehall.infrastructure.config;
