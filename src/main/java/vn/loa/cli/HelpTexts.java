package vn.loa.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import vn.loa.i18n.Messages;

/**
 * The {@code --help} texts of every command for picocli, from {@code i18n/help_*.properties}: the key
 * {@code help.loa.check.usage.description} is picocli's {@code loa.check.usage.description}. A text missing there
 * falls back to the command's own English description.
 */
final class HelpTexts extends ResourceBundle {

    private static final String AREA = "help";

    private final Messages messages;
    private final Set<String> keys;

    HelpTexts(Messages messages) {
        this.messages = messages;
        this.keys = messages.keys(AREA).stream().map(k -> k.substring(AREA.length() + 1)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected Object handleGetObject(String key) {
        return keys.contains(key) ? messages.get(AREA + "." + key) : null;
    }

    @Override
    protected Set<String> handleKeySet() {
        return keys;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(keys);
    }
}
