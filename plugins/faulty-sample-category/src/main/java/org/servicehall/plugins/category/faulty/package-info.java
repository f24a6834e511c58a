/**
 * Two category providers that fail when the host reads them, for the host's isolation tests: one
 * throws, one hangs. Never installed by default.
 */
package org.servicehall.plugins.category.faulty;
