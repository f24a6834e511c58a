/**
 * Who the caller is: the container's authenticated principal and roles (Liberty appSecurity, a
 * basic registry for the demo, LDAP in production), completed with the staff directory.
 */
package org.servicehall.infrastructure.security;
