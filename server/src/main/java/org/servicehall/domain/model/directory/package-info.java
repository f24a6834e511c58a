/**
 * The center's directory: its departments, the external agencies complaints are redirected to,
 * and the staff who work on complaints. Maintained by supervisors and IT.
 */
package org.servicehall.domain.model.directory;
