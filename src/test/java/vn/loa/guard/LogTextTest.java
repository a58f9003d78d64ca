package vn.loa.guard;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** File names and other outside text in log lines: escaped so that they cannot forge a line or reorder one. */
class LogTextTest {

    @Test
    void newlinesTabsAndControls_areEscaped() {
        assertThat(LogText.escape("tin\nINFO giả.md")).isEqualTo("tin\\nINFO giả.md");
        assertThat(LogText.escape("a\r\tb\u0000c\u001B[31md\u007F\u0085")).isEqualTo("a\\r\\tb\\u0000c\\u001B[31md\\u007F\\u0085");
        assertThat(LogText.escape("dòng\u2028mới\u2029")).isEqualTo("dòng\\u2028mới\\u2029");
    }

    @Test
    void bidiOverridesAndIsolates_areEscaped() {
        assertThat(LogText.escape("hoa-don\u202Egpj.md")).isEqualTo("hoa-don\\u202Egpj.md");
        assertThat(LogText.escape("\u2066a\u2069\u200F\u061C")).isEqualTo("\\u2066a\\u2069\\u200F\\u061C");
    }

    @Test
    void vietnameseAndEmoji_stayAsTheyAre() {
        String name = "Cải cách hành chính 🇻🇳 👨‍👩‍👧.md";
        assertThat(LogText.escape(name)).isSameAs(name);
    }

    @Test
    void aLoneSurrogate_isEscaped_aPairIsNot() {
        assertThat(LogText.escape("x\uD83Dy")).isEqualTo("x\\uD83Dy");
        assertThat(LogText.escape("\uDE00")).isEqualTo("\\uDE00");
        assertThat(LogText.escape("😀")).isEqualTo("😀");
    }

    @Test
    void theLogConfiguration_keepsAForgedFileNameOnOneLine_inTheMessageAndTheStackTrace() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogTextTest.class.getResource("/logback.xml"));
        OutputStreamAppender<ILoggingEvent> err = (OutputStreamAppender<ILoggingEvent>) context.getLogger("ROOT").getAppender("err");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(((PatternLayoutEncoder) err.getEncoder()).getPattern());
        encoder.start();
        appender.setEncoder(encoder);
        appender.setOutputStream(captured);
        appender.start();
        Logger logger = context.getLogger("vn.loa.intake.ContentArchive");
        logger.detachAndStopAllAppenders();
        logger.addAppender(appender);
        logger.setAdditive(false);
        String forged = "tin.md\n12:00:00.000 INFO  Publisher - published tin-gia (\u202Edm.nit)";

        logger.warn("rejected {}", forged, new UncheckedIOException("cannot store " + forged, new IOException("x\ny")));
        context.stop();

        String[] lines = captured.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).endsWith("rejected tin.md\\n12:00:00.000 INFO  Publisher - published tin-gia (\\u202Edm.nit)");
        assertThat(lines[1]).isEqualTo("java.io.UncheckedIOException: cannot store tin.md\\n12:00:00.000 INFO  Publisher"
                + " - published tin-gia (\\u202Edm.nit)");
        assertThat(lines).filteredOn(l -> l.startsWith("Caused by:")).containsExactly("Caused by: java.io.IOException: x\\ny");
        assertThat(lines).allMatch(l -> l.startsWith("\t") || l.startsWith("Caused by:") || l.startsWith("java.")
                || l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN .*"));
    }
}
