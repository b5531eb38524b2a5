package org.coalition.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.lang.reflect.Method;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.coalition.access.CoalitionAction;
import org.coalition.platform.BusinessException;
import org.coalition.playbook.ChecklistItem;
import org.coalition.playbook.NextStep;
import org.coalition.shared.Refusal;
import org.coalition.shared.Refused;
import org.coalition.shared.Said;

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

    /** A step of the playbook's checklist: {@code enum.ChecklistRule.<RULE>} from the bundle, else its English label. */
    public String check(ChecklistItem item) {
        return optional(ruleKey(item.id()), item.label());
    }

    /** The hint of a checklist step: {@code enum.ChecklistRule.<RULE>.hint}, else the English hint. */
    public String hint(ChecklistItem item) {
        return optional(ruleKey(item.id()) + ".hint", item.hint());
    }

    /**
     * The playbook's next step: a checklist step as label and hint from the bundle ({@code enum.ChecklistRule.*}),
     * the closing steps and a health correction from their {@code said.*} texts.
     */
    public String nextStep(NextStep step) {
        if (step.itemId() != null) {
            String key = ruleKey(step.itemId());
            String english = step.text().english();
            int colon = english.indexOf(": ");
            return optional(key, colon < 0 ? english : english.substring(0, colon)) + ": "
                    + optional(key + ".hint", colon < 0 ? "" : english.substring(colon + 2));
        }
        return said(step.text(), locale());
    }

    /** A sentence of the domain (a health finding, its correction) in the view's language. */
    public String said(Said said) {
        return said(said, locale());
    }

    private static String ruleKey(String id) {
        return "enum.ChecklistRule." + id.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String optional(String key, String fallback) {
        try {
            return bundle(locale()).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** A refusal of a service in the view's language. */
    public static String refusal(BusinessException refused) {
        return refusal(refused.refusal(), refused.arguments(), locale());
    }

    /** A refusal of a domain rule (a page's own check, e.g. a party that was not chosen) in the view's language. */
    public static String refusal(Refused refused) {
        return refusal(refused.refusal(), refused.arguments(), locale());
    }

    /**
     * A refusal in a language: its {@code refusal.*} template from the bundle, with {@link Refusal.Subject}s, actions
     * and enum constants worded in that language too; other values shown as they are.
     */
    static String refusal(Refusal refusal, Object[] arguments, Locale locale) {
        ResourceBundle own = bundle(locale);
        Object[] words = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            words[i] = word(arguments[i], own);
        }
        return new MessageFormat(own.getString(refusal.key()), locale).format(words);
    }

    private static String word(Object argument, ResourceBundle own) {
        if (argument instanceof Refusal.Subject subject) {
            return own.getString(subject.key());
        }
        if (argument instanceof CoalitionAction action) {
            return new MessageFormat(own.getString(actionKey(action)), own.getLocale()).format(new Object[0]);
        }
        if (argument instanceof Enum<?> constant) {
            String key = enumKey(constant);
            String label = own.containsKey(key) ? own.getString(key) : Refusal.englishLabel(constant);
            // inside a sentence: English lower-cases every label but a phase's name, German only states (adjectives)
            boolean english = own.getLocale().getLanguage().isEmpty()
                    || own.getLocale().getLanguage().equals("en");
            boolean lower = !Refusal.keepsCapitals(constant)
                    && (english || constant.getDeclaringClass().getSimpleName().endsWith("Status"));
            return lower ? label.toLowerCase(own.getLocale()) : label;
        }
        return argument == null ? "" : String.valueOf(argument);
    }

    /** The words for an action inside a refusal ("As member of this coalition you may not …"). */
    static String actionKey(CoalitionAction action) {
        return "refusal.action." + action.name();
    }

    private static String enumKey(Enum<?> constant) {
        String type = constant.getDeclaringClass().getName();
        return "enum." + type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + constant.name();
    }

    /** A sentence of the domain in a language: its {@code said.*} text from the bundle with its values worded. */
    static String said(Said said, Locale locale) {
        if (said == null) {
            return "";
        }
        ResourceBundle own = bundle(locale);
        Object[] words = new Object[said.arguments().size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = word(said.arguments().get(i), own);
        }
        return new MessageFormat(own.getString(said.key()), locale).format(words);
    }

    /** The language code of the view, for {@code <html lang>}. */
    public String language() {
        return locale().getLanguage();
    }
}
