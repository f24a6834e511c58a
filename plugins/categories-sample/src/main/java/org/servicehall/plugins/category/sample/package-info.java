/**
 * An example category plugin: queueing and appointments. It is not installed by default; copy its
 * jar into the plugin folder to add the category to a running hall, delete it to take it away.
 */
package org.servicehall.plugins.category.sample;
