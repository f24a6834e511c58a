/**
 * Complaint categories as the domain sees them: a code with labels in both languages, the common
 * problems and extra questions of each, offered by a catalog that changes at run time as plugins
 * come and go.
 */
package org.servicehall.domain.model.category;
