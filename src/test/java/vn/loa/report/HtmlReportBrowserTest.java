package vn.loa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The printable HTML report in Debian's headless Chromium (driven through {@code /usr/bin/chromedriver}, never a
 * downloaded browser): at the width of an A4 sheet nothing runs past the text area, and printed on A4 every page is
 * A4 with its text inside the Decree 30/2020 margins. Screenshots and page images go to
 * {@code target/report-screenshots/}. Without Chromium the test is skipped, except under {@code CI=true}, where it
 * fails; {@code -Dtest.excludedGroups=slow,browser} leaves it out.
 */
@Tag("browser")
class HtmlReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** CSS pixels per millimetre. */
    static final double PX = 96 / 25.4;
    /** PDF points per millimetre. */
    static final double PT = 72 / 25.4;
    static final Path OUT = Path.of("target", "report-screenshots");

    @TempDir
    static Path tmp;

    static ReportFixture fixture;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: install"
                    + " Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver fonts-liberation)");
        }
        Assumptions.assumeTrue(present, "skipped: no " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver); -Dtest.excludedGroups=slow,browser leaves this test out");
        Files.createDirectories(OUT);
        fixture = new ReportFixture(tmp).build();
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--force-device-scale-factor=1", "--hide-scrollbars");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void everyUnitQ3_fitsTheWidthOfA4_andPrintsOnA4PagesWithinTheMargins() throws IOException {
        Report q3 = fixture.reports().build(ReportRequest.of(Period.parse("2026-Q3"), null).withLanguage("vi")
                .withNumber("12").withDate(LocalDate.of(2026, 12, 15)));
        Printed printed = render("bao-cao-2026-Q3", q3);

        assertThat(printed.pages()).isBetween(2, 4);
    }

    @Test
    void childUnitQ3_inEnglish_fitsToo() throws IOException {
        Report snv = fixture.reports().build(ReportRequest.of(Period.parse("2026-Q3"), "so-noi-vu-hn").withLanguage("en")
                .withDate(LocalDate.of(2026, 9, 20)));
        Printed printed = render("report-so-noi-vu-hn-2026-Q3-en", snv);

        assertThat(printed.pages()).isBetween(1, 4);
    }

    /** What printing a report gave: its page count. */
    record Printed(int pages) {
    }

    private Printed render(String name, Report report) throws IOException {
        Path html = tmp.resolve(name + ".html");
        Files.writeString(html, ReportFormat.HTML.render(report));
        browser.manage().window().setSize(new Dimension((int) Math.round(210 * PX), (int) Math.round(297 * PX)));
        browser.get(html.toUri().toString());

        long viewport = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
        long scroll = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(scroll).as("document scrollWidth at A4 width").isLessThanOrEqualTo(viewport);
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) browser.executeScript("""
                const sheet = document.querySelector('.sheet');
                const style = getComputedStyle(sheet);
                const right = sheet.getBoundingClientRect().right - parseFloat(style.paddingRight) + 1;
                const left = sheet.getBoundingClientRect().left + parseFloat(style.paddingLeft) - 1;
                return [...sheet.querySelectorAll('*')].filter(e => {
                  const r = e.getBoundingClientRect();
                  return r.width > 0 && (r.right > right || r.left < left);
                }).map(e => e.tagName + ' ' + e.textContent.slice(0, 40));""");
        assertThat(overflowing).as("elements past the A4 text area (165 mm)").isEmpty();
        double textWidth = ((Number) browser.executeScript("""
                const sheet = document.querySelector('.sheet'); const s = getComputedStyle(sheet);
                return sheet.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);""")).doubleValue();
        assertThat(textWidth).isCloseTo(165 * PX, offset(2.0));

        long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension((int) Math.round(210 * PX), (int) height));
        Files.write(OUT.resolve(name + "-screen.png"), browser.getScreenshotAs(OutputType.BYTES));

        Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true, "displayHeaderFooter", false));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.write(OUT.resolve(name + ".pdf"), bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                assertThat(page.getMediaBox().getWidth()).as("page %d width", i + 1).isCloseTo(595.28f,
                        offset(1f));
                assertThat(page.getMediaBox().getHeight()).as("page %d height", i + 1).isCloseTo(841.89f,
                        offset(1f));
                ImageIO.write(renderer.renderImageWithDPI(i, 60), "png", OUT.resolve(name + "-page-" + (i + 1) + ".png").toFile());
            }
            Margins m = new Margins();
            m.getText(doc);
            assertThat(m.left).as("leftmost text (the 30 mm margin)").isGreaterThanOrEqualTo((float) (30 * PT - 1));
            assertThat(m.right).as("rightmost text (the 15 mm margin)").isLessThanOrEqualTo((float) (595.28 - 15 * PT + 1));
            assertThat(m.firstPageNumber).as("page number on page 1").isFalse();
            if (doc.getNumberOfPages() > 1) {
                assertThat(m.topLines.get(1)).as("top line of page 2").isEqualTo("2");
            }
            return new Printed(doc.getNumberOfPages());
        }
    }

    /** Where the text of a PDF lies: its leftmost and rightmost glyph, and each page's first line. */
    static final class Margins extends PDFTextStripper {
        float left = Float.MAX_VALUE;
        float right = 0;
        boolean firstPageNumber;
        final List<String> topLines = new ArrayList<>();
        private boolean pageStarted;

        Margins() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pageStarted = true;
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                if (!p.getUnicode().isBlank()) {
                    left = Math.min(left, p.getXDirAdj());
                    right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                }
            }
            if (pageStarted) {
                topLines.add(text.strip());
                if (getCurrentPageNo() == 1 && text.strip().matches("\\d+")) {
                    firstPageNumber = true;
                }
                pageStarted = false;
            }
            super.writeString(text, positions);
        }
    }
}
