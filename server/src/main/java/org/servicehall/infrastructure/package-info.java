/**
 * Technology behind the domain's interfaces: persistence, the plugin host, time, health checks.
 * Each sub-package implements what the domain or the application layer asks for in its own words.
 */
package org.servicehall.infrastructure;
