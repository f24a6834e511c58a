/**
 * The clock every rule reads the time from, set to the hall's time zone. Tests replace it to make
 * time-dependent behaviour repeatable.
 */
package org.servicehall.infrastructure.time;
