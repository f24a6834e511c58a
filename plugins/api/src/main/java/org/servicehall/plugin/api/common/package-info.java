/**
 * Value types shared by every extension kind of the ServiceHall plugin API, such as text in the
 * hall's two languages. Nothing here is implemented by plugins; plugins only construct these values.
 */
@Export
@Version("1.0.0")
package org.servicehall.plugin.api.common;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
