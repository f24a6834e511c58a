/**
 * Working days and deadlines as plain Java: the hall's working calendar (public holidays and
 * make-up working days, one file per year) and the rules that turn a start instant into a due one.
 * Reading those files and settings from disk, and choosing which ones apply, belongs to the
 * infrastructure, not here.
 */
package org.servicehall.domain.model.calendar;
