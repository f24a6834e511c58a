/**
 * CDI events the server fires for the screens, e.g. when the categories on offer change, so that
 * open screens can update themselves by push.
 */
package org.servicehall.ui.facade.event;
