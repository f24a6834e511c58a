/**
 * Evidence files on disk: written once under a new name, hashed while written, checked for size
 * and content type, never overwritten.
 */
package org.servicehall.infrastructure.files;
