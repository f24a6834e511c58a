/**
 * The four complaint categories named by the complaint handling process: service attitude,
 * business handling, policy consultation and facilities &amp; environment. They are data, in the
 * descriptor {@code categories.json} beside these classes; one Declarative Services component
 * registers a category service for each. Nothing in this bundle is exported.
 */
package org.servicehall.plugins.category.basic;
