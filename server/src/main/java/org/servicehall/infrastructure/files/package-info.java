/**
 * Evidence files: checked on this server's disk (size, content type, hash, name), then kept in the
 * database so that every server sharing it reads them; written once under a new key, never
 * overwritten.
 */
package org.servicehall.infrastructure.files;
