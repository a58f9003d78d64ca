package vn.loa.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import vn.loa.config.Bulletin;
import vn.loa.config.Chat;
import vn.loa.config.LoaConfig;
import vn.loa.config.MailList;
import vn.loa.config.Site;
import vn.loa.config.Unit;

/** Loads the content fixtures under {@code src/test/resources/content/} and builds the small test configuration. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

    private Fixtures() {
    }

    /** Units bnv and so-noi-vu-hn, list lanh-dao, chat cchc-slack, bulletin cchc; site zone Asia/Ho_Chi_Minh. */
    static LoaConfig config() {
        return new LoaConfig(
                new Site("http://localhost:8080", "Asia/Ho_Chi_Minh", "vi"),
                null,
                List.of(new Unit("bnv", "Bộ Nội vụ", null, null, null, List.of("lanh-dao"), List.of("cchc-slack"), null),
                        new Unit("so-noi-vu-hn", "Sở Nội vụ Hà Nội", null, null, "bnv", List.of(), List.of(), null)),
                List.of(new MailList("lanh-dao", "Lãnh đạo", "Bản tin CCHC <bantin@example.gov.vn>", true, null)),
                List.of(new Chat("cchc-slack", "slack", null, null, null, null, null, null, null, null)),
                List.of(new Bulletin("cchc", "Bản tin CCHC", null, List.of("bnv"), List.of("lanh-dao"), null, "bnv", null)),
                null, null, null, null, null, null, null);
    }

    static ContentParser parser() {
        return new ContentParser(config(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static byte[] bytes(String fixture) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/content/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContentSource load(String fixture) {
        return new ContentSource(fixture, bytes(fixture), null);
    }

    /** The fixture's bytes dropped under another name (or folder), e.g. {@code bnv/Đổi mới.md}. */
    static ContentSource load(String fixture, String name, String impliedUnit) {
        return new ContentSource(name, bytes(fixture), impliedUnit);
    }

    static Article parse(String fixture) {
        return parser().parse(load(fixture));
    }

    static List<Problem> check(String fixture) {
        return parser().check(load(fixture));
    }
}
