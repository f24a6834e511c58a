package org.servicehall.ui.facade.dto;

import java.io.Serializable;
import java.util.Locale;

/** A name in both screen languages, e.g. a category from a plugin. */
public record Label(String zh, String en) implements Serializable {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }
}
