package vn.loa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import vn.loa.delivery.DeliveryStatus;

/** Scripts, event handlers, javascript: links, foreign iframes and XML-forbidden characters never reach any output. */
class HostileContentTest {

    static final String HOSTILE_BODY = """
            Đoạn mở đầu <script>alert('x')</script> về cải cách.

            <img src="https://moha.gov.vn/a.jpg" onerror="alert(1)"> <a href="javascript:alert(2)">bấm</a>
            <a href="JaVaScRiPt:alert(3)">bấm nữa</a> [liên kết](javascript:alert(4))
            <iframe src="https://evil.example/x"></iframe>
            <div style="background:url(javascript:alert(5))" onclick="alert(6)">khối</div>
            Ký tự cấm \u0001\u0008\u000B\uFFFE ]]> </description> kết thúc.
            """;

    @TempDir
    Path tmp;

    LoaHarness loa;

    @BeforeEach
    void start() throws Exception {
        loa = new LoaHarness(tmp).start();
    }

    @AfterEach
    void stop() throws Exception {
        loa.close();
    }

    @Test
    void hostileMarkup_isRemovedFromFeedsOutboxPagesAndApi() throws Exception {
        loa.drop("bnv/tin-doc.md", PipelineTest.approved("id: tin-doc\nsummary: \"Tóm tắt \u0002 có ký tự cấm\"", HOSTILE_BODY));
        await().atMost(Duration.ofSeconds(15)).until(() -> !loa.deliveries("tin-doc").isEmpty()
                && loa.deliveries("tin-doc").stream().allMatch(d -> d.status() == DeliveryStatus.SENT));

        List<String> outputs = new ArrayList<>();
        for (String name : List.of("rss.xml", "atom.xml", "feed.json")) {
            outputs.add(Files.readString(loa.content("public/feeds/bnv/" + name)));
        }
        try (Stream<Path> outbox = Files.list(loa.content("outbox"))) {
            for (Path file : outbox.toList()) {
                outputs.add(Files.readString(file));
            }
        }
        outputs.add(loa.get("/articles/tin-doc").body());
        outputs.add(loa.get("/api/articles/tin-doc").body());
        outputs.add(loa.get("/api/articles?unit=bnv").body());

        for (String output : outputs) {
            String lower = output.toLowerCase();
            assertThat(lower).doesNotContain("<script", "onerror", "onclick", "javascript:", "<iframe", "&lt;script",
                    "&lt;iframe", "alert(");
            assertThat(output).doesNotContain("\u0001", "\u0002", "\u0008", "\u000B", "\uFFFE");
        }
        assertThat(outputs.get(0)).contains("Đoạn mở đầu", "kết thúc");
    }

    @Test
    void feedsWithHostileText_stayWellFormedForStrictParsers() throws Exception {
        loa.drop("bnv/tin-doc.md", PipelineTest.approved("id: tin-doc", HOSTILE_BODY));
        loa.awaitDelivered("tin-doc");

        DocumentBuilderFactory strict = DocumentBuilderFactory.newInstance();
        strict.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        strict.setNamespaceAware(true);
        for (String name : List.of("rss.xml", "atom.xml")) {
            String xml = Files.readString(loa.content("public/feeds/bnv/" + name));
            strict.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            assertThat(new SyndFeedInput().build(new StringReader(xml)).getEntries()).hasSize(1);
        }
    }
}
