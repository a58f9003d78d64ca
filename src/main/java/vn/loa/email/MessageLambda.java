package vn.loa.email;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import vn.loa.i18n.Html;
import vn.loa.i18n.Messages;

/**
 * Messages in a template, as {@code t} in its values: {@code {{#t}}email.confirm.intro address *list_name{{/t}}}
 * writes the message {@code email.confirm.intro} with the values {@code address} and {@code list_name} as its
 * arguments {0} and {1}, HTML-escaped; a {@code *} before a name puts that value in bold.
 */
public final class MessageLambda implements Mustache.Lambda {

    private final Messages messages;

    public MessageLambda(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void execute(Template.Fragment fragment, Writer out) throws IOException {
        String[] words = fragment.decompile().strip().split("\\s+");
        Object[] args = new Object[words.length - 1];
        for (int i = 1; i < words.length; i++) {
            boolean bold = words[i].startsWith("*");
            Object value = value(fragment, bold ? words[i].substring(1) : words[i]);
            args[i - 1] = bold ? Html.strong(String.valueOf(value)) : value;
        }
        out.write(messages.html(words[0], args));
    }

    /** The value named {@code name} in the innermost context that has it; "" when none does. */
    private static Object value(Template.Fragment fragment, String name) {
        for (int level = 0; ; level++) {
            Object context;
            try {
                context = fragment.context(level);
            } catch (RuntimeException e) {
                return "";
            }
            if (context == null) {
                return "";
            }
            if (context instanceof Map<?, ?> map && map.containsKey(name)) {
                Object value = map.get(name);
                return value == null ? "" : value;
            }
        }
    }
}
