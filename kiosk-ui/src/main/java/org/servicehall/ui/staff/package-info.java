/**
 * The staff screens of the hall terminals: login, the reception window, the work queues and the
 * case screen. Every page under {@code /staff/} passes {@link org.servicehall.ui.staff.StaffAreaFilter},
 * and every step is checked again by the system behind the desks of {@link org.servicehall.ui.facade.staff}.
 */
package org.servicehall.ui.staff;
