package vn.loa.guard;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %msg} with {@link LogText#escape}: whatever a message quotes (a file name with a newline, a
 * header with a bidi override), it stays one line of the log. {@code logback.xml} installs it as {@code %msg}.
 */
public final class SafeMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogText.escape(super.convert(event));
    }
}
