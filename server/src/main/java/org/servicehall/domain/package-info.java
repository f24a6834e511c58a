/**
 * The ServiceHall domain: complaints and what they are classified and handled with, as plain Java
 * with its rules inside. Nothing here knows Faces, OSGi, REST or how the data is stored.
 */
package org.servicehall.domain;
