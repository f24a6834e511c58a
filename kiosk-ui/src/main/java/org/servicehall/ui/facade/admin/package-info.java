/**
 * What the IT staff's admin screens ask of the system: the plugin report. Read-only for now;
 * installing, stopping and removing plugins happen in the plugin folder.
 */
package org.servicehall.ui.facade.admin;
