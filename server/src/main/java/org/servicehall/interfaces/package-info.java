/**
 * The ways into ServiceHall from outside: the REST API and the implementation of the screens'
 * facades. Both translate between their own formats and the application services.
 */
package org.servicehall.interfaces;
