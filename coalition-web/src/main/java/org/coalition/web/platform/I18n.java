package org.coalition.web.platform;

import java.lang.reflect.Method;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The texts of the pages in the language of the view (chosen by Faces from the browser's Accept-Language among
 * the locales of faces-config.xml). Pages read plain texts as {@code #{text['key']}} and texts with values in them
 * as {@code #{i18n.f('key', value, ...)}} ({@link MessageFormat} patterns); backing beans use {@link #format}.
 */
@Named("i18n")
@ApplicationScoped
public class I18n {

    /** The page texts: {@code Pages.properties} (English) and one file per further language. */
    public static final String BUNDLE = "org.coalition.web.Pages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The language of the current view, English outside a Faces request. */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Locale.ENGLISH;
        }
        if (faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return faces.getViewRoot().getLocale();
        }
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    public static ResourceBundle bundle(Locale locale) {
        // No fallback to the server's default locale: English is the base file, whatever the JVM runs in.
        return ResourceBundle.getBundle(BUNDLE, locale, I18n.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text of {@code key} in the view's language; the key itself when it is missing (visible, never a crash). */
    public static String text(String key) {
        try {
            return bundle(locale()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of {@code key} with its {@code {0}}, {@code {1}}… replaced by the values, shown as they are. */
    public static String format(String key, Object... values) {
        Object[] shown = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            // As the page would print them: numbers and dates are formatted by whoever made them, not MessageFormat.
            shown[i] = values[i] == null ? "" : String.valueOf(values[i]);
        }
        return new MessageFormat(text(key), locale()).format(shown);
    }

    public String f(String key) {
        return format(key);
    }

    public String f(String key, Object a) {
        return format(key, a);
    }

    public String f(String key, Object a, Object b) {
        return format(key, a, b);
    }

    public String f(String key, Object a, Object b, Object c) {
        return format(key, a, b, c);
    }

    public String f(String key, Object a, Object b, Object c, Object d) {
        return format(key, a, b, c, d);
    }

    public String f(String key, Object a, Object b, Object c, Object d, Object e) {
        return format(key, a, b, c, d, e);
    }

    public String f(String key, Object a, Object b, Object c, Object d, Object e, Object g) {
        return format(key, a, b, c, d, e, g);
    }

    /**
     * The label of a value for the page: an enum constant's text {@code enum.<Type>.<CONSTANT>} from the bundle
     * (nested types as {@code Outer.Inner}), else whatever its own {@code label()} says.
     */
    public String label(Object value) {
        return labelOf(value);
    }

    public static String labelOf(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> constant) {
            String type = constant.getDeclaringClass().getName();
            type = type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
            String key = "enum." + type + "." + constant.name();
            try {
                return bundle(locale()).getString(key);
            } catch (MissingResourceException e) {
                // falls through to the English label
            }
        }
        try {
            Method label = value.getClass().getMethod("label");
            label.setAccessible(true);
            return String.valueOf(label.invoke(value));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return String.valueOf(value);
        }
    }

    /** The language code of the view, for {@code <html lang>}. */
    public String language() {
        return locale().getLanguage();
    }
}
