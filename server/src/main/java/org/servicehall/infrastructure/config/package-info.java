/**
 * ServiceHall's own settings: the files (working-day calendar, deadline defaults, demo directory)
 * shipped in the WAR and overridden by files in the server's configuration folder, and the policies
 * made from the server's settings (how wrong query codes lock a tracking number).
 */
package org.servicehall.infrastructure.config;
