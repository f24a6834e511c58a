package org.servicehall.ui.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the screens' bundle in the current view's language, and Faces messages built from them. */
public final class Messages {

    public static final String BUNDLE = "org.servicehall.ui.i18n.messages";
    public static final String STAFF_BUNDLE = "org.servicehall.ui.i18n.staff";

    private Messages() {
    }

    public static String get(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.SIMPLIFIED_CHINESE;
        return get(locale, key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A text of the staff screens' bundle. */
    public static String staff(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(STAFF_BUNDLE, locale, Messages.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static boolean has(Locale locale, String key) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).containsKey(key);
    }

    /** Adds an error message for the whole view (shown by the step's message area). */
    public static void error(String key, Object... args) {
        String text = get(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
