/**
 * Complaint categories contributed by plugins: a plugin registers one {@link
 * org.servicehall.plugin.api.category.CategoryProvider} OSGi service per category, and the kiosk
 * and staff screens offer it while the service is registered.
 */
@Export
@Version("1.0.0")
package org.servicehall.plugin.api.category;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
