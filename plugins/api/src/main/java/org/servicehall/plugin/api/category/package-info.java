/**
 * Complaint categories contributed by plugins: a plugin registers one {@link
 * org.servicehall.plugin.api.category.CategoryProvider} OSGi service per category, and the kiosk
 * and staff screens offer it while the service is registered.
 *
 * <p>1.1 adds, as default methods a 1.0 plugin need not implement, a one-line explanation, the
 * category's common problems as quick-picks, and extra form fields.
 */
@Export
@Version("1.1.0")
package org.servicehall.plugin.api.category;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
