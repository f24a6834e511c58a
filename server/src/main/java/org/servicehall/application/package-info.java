/**
 * The use cases of ServiceHall as application services in domain words, with their commands and
 * results; transactions begin and end here. Screens, REST resources and channel plugins call only
 * these interfaces.
 */
package org.servicehall.application;
