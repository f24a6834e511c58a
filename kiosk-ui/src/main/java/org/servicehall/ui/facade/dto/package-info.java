/**
 * Data the facades hand to and from the screens: serializable, immutable records holding only what
 * a screen shows or sends.
 */
package org.servicehall.ui.facade.dto;
