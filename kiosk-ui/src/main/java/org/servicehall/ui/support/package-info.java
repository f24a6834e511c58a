/**
 * Helpers the view beans share: messages from the bundles, on-screen digit entry, cache headers.
 * No screen logic lives here.
 */
package org.servicehall.ui.support;
