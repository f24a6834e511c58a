/**
 * What the staff screens (reception window, work queues, case screen) ask of the system:
 * one facade interface and the records it hands over. Refusals arrive as
 * {@link org.servicehall.ui.facade.staff.StepRefusedException} with texts in the user's language.
 */
package org.servicehall.ui.facade.staff;
