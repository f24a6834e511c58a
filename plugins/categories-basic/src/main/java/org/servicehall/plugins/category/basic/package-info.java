/**
 * The four complaint categories named by the complaint handling process: service attitude,
 * business handling, policy consultation and facilities &amp; environment. Each is one Declarative
 * Services component; nothing in this bundle is exported.
 */
package org.servicehall.plugins.category.basic;
