/**
 * Small building blocks shared by every aggregate of the domain: who acted, and the errors a rule
 * raises. No aggregate lives here.
 */
package org.servicehall.domain.shared;
