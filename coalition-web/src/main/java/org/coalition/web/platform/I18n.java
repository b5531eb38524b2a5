package org.coalition.web.platform;

import java.lang.reflect.Method;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.coalition.shared.Refusal;

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
    public String check(org.coalition.playbook.ChecklistItem item) {
        return optional(ruleKey(item.id()), item.label());
    }

    /** The hint of a checklist step: {@code enum.ChecklistRule.<RULE>.hint}, else the English hint. */
    public String hint(org.coalition.playbook.ChecklistItem item) {
        return optional(ruleKey(item.id()) + ".hint", item.hint());
    }

    /**
     * The playbook's next step: a checklist step as label and hint, the closing steps from the {@code said.*}
     * templates; a health correction from its {@code said.health.*} template.
     */
    public String nextStep(org.coalition.playbook.NextStep step) {
        if (step.itemId() != null) {
            String key = ruleKey(step.itemId());
            String english = step.text();
            int colon = english.indexOf(": ");
            return optional(key, colon < 0 ? english : english.substring(0, colon)) + ": "
                    + optional(key + ".hint", colon < 0 ? "" : english.substring(colon + 2));
        }
        return said(step.text(), locale());
    }

    /** A sentence the domain wrote in English (a health finding, its correction) in the view's language. */
    public String said(String english) {
        return said(english, locale());
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
    public static String refusal(org.coalition.platform.BusinessException refused) {
        return refusal(refused.refusal(), refused.arguments(), locale());
    }

    /** A refusal of a domain rule (a page's own check, e.g. a party that was not chosen) in the view's language. */
    public static String refusal(org.coalition.shared.Refused refused) {
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
        if (argument instanceof org.coalition.access.CoalitionAction action) {
            return new MessageFormat(own.getString(actionKey(action)), own.getLocale()).format(new Object[0]);
        }
        if (argument instanceof Enum<?> constant) {
            String key = enumKey(constant);
            String label = own.containsKey(key) ? own.getString(key) : Refusal.englishLabel(constant);
            // inside a sentence: English lower-cases every label but a phase's name, German only states (adjectives)
            boolean english = own.getLocale().getLanguage().isEmpty() || own.getLocale().getLanguage().equals("en");
            boolean lower = !Refusal.keepsCapitals(constant)
                    && (english || constant.getDeclaringClass().getSimpleName().endsWith("Status"));
            return lower ? label.toLowerCase(own.getLocale()) : label;
        }
        return argument == null ? "" : String.valueOf(argument);
    }

    /** The words for an action inside a refusal ("As member of this coalition you may not …"). */
    static String actionKey(org.coalition.access.CoalitionAction action) {
        return "refusal.action." + action.name();
    }

    private static String enumKey(Enum<?> constant) {
        String type = constant.getDeclaringClass().getName();
        return "enum." + type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + constant.name();
    }

    /** The {@code said.*} templates (English) as patterns that recognise a sentence of the domain. */
    private static volatile java.util.List<java.util.Map.Entry<String, java.util.regex.Pattern>> saidPatterns;

    /**
     * A sentence the domain still writes in English (a health finding and its correction, the playbook's closing
     * steps) in the language of the view: matched against the English {@code said.*} templates and told again with
     * the translated one; phase names among its values are translated too. Anything unknown stays as it was.
     * Refusals do not come this way: they carry their key ({@link #refusal(org.coalition.platform.BusinessException)}).
     */
    static String said(String message, Locale locale) {
        if (message == null) {
            return "";
        }
        ResourceBundle own = bundle(locale);
        ResourceBundle english = bundle(Locale.ROOT);
        if (own.getLocale().getLanguage().isEmpty()) {
            return message; // the view is in English: the message already is
        }
        for (var said : saidPatterns(english)) {
            java.util.regex.Matcher match = said.getValue().matcher(message);
            if (match.matches() && own.containsKey(said.getKey())) {
                Object[] values = new Object[match.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = subject(match.group("a" + i), english, own);
                }
                return new MessageFormat(own.getString(said.getKey()), locale).format(values);
            }
        }
        return message;
    }

    private static String subject(String value, ResourceBundle english, ResourceBundle own) {
        for (String key : english.keySet()) {
            boolean named = key.startsWith("enum.Phase.");
            if (named && english.getString(key).equals(value) && own.containsKey(key)) {
                return own.getString(key);
            }
        }
        return value;
    }

    private static java.util.List<java.util.Map.Entry<String, java.util.regex.Pattern>> saidPatterns(ResourceBundle english) {
        var known = saidPatterns;
        if (known == null) {
            var list = new java.util.ArrayList<java.util.Map.Entry<String, java.util.regex.Pattern>>();
            for (String key : new java.util.TreeSet<>(english.keySet())) {
                if (key.startsWith("said.")) {
                    list.add(java.util.Map.entry(key, java.util.regex.Pattern.compile(pattern(english.getString(key)))));
                }
            }
            // the most specific template (the longest fixed text) first
            list.sort(java.util.Comparator.comparingInt(
                    (java.util.Map.Entry<String, java.util.regex.Pattern> e) -> -e.getValue().pattern().length()));
            saidPatterns = known = java.util.List.copyOf(list);
        }
        return known;
    }

    /** A MessageFormat template as a regular expression: its fixed text literally, each {n} as the group "an". */
    static String pattern(String template) {
        int count = new MessageFormat(template).getFormatsByArgumentIndex().length;
        Object[] markers = new Object[count];
        for (int i = 0; i < count; i++) {
            markers[i] = "\u0000" + i + "\u0000";
        }
        String text = new MessageFormat(template, Locale.ROOT).format(markers);
        java.util.regex.Matcher marker = java.util.regex.Pattern.compile("\u0000(\\d+)\u0000").matcher(text);
        StringBuilder regex = new StringBuilder();
        int from = 0;
        while (marker.find()) {
            regex.append(java.util.regex.Pattern.quote(text.substring(from, marker.start())));
            regex.append("(?<a").append(marker.group(1)).append(">.+?)");
            from = marker.end();
        }
        regex.append(java.util.regex.Pattern.quote(text.substring(from)));
        return regex.toString();
    }

    /** The language code of the view, for {@code <html lang>}. */
    public String language() {
        return locale().getLanguage();
    }
}
