/**
 * The IT staff's admin screens (role ADMIN): the plugin report. Views talk only to the admin facade.
 */
package org.servicehall.ui.staff.admin;
