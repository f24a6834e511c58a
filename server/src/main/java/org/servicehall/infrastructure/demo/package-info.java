/**
 * Demo data for one hall (departments, agencies, staff), loaded from the settings files into an
 * empty database only, and only where {@code servicehall.demo=true} (the README's demo run and the
 * test server), so that ServiceHall can be tried at once and a deployed hall starts empty.
 */
package org.servicehall.infrastructure.demo;
