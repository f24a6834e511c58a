/**
 * Demo data for one hall (departments, agencies, staff), loaded from the settings files into an
 * empty database only, so that a fresh installation can be tried at once.
 */
package org.servicehall.infrastructure.demo;
