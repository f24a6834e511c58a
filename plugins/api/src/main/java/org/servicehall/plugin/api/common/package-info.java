/**
 * Value types shared by every extension kind of the ServiceHall plugin API, such as text in the
 * hall's two languages. Plugins construct these values, and implement {@link org.servicehall.plugin.api.common.Configurable} when they have settings.
 */
@Export
@Version("1.1.0")
package org.servicehall.plugin.api.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
