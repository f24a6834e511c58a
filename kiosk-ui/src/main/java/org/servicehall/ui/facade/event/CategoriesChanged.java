package org.servicehall.ui.facade.event;

/** The categories on offer changed: a plugin came or went. */
public record CategoriesChanged() {
}
