package vn.loa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.content.Channel;

/** Every figure of {@link ReportFixture}'s known set, per period and unit (see the fixture for where each comes from). */
@Tag("store")
class ReportFiguresTest {

    @TempDir
    Path tmp;

    ReportFixture fixture;

    @BeforeEach
    void build() {
        fixture = new ReportFixture(tmp).build();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void officialQ3_countsAnItemNamingParentAndChildOnceInEachLine() {
        Report q3 = fixture.report("2026-Q3", null);

        assertThat(q3.period().first()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(q3.period().last()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(q3.units()).extracting(UnitRow::unitId, UnitRow::depth)
                .containsExactly(tuple("bnv", 0), tuple("so-noi-vu-hn", 1), tuple("phong-cchc", 2), tuple("tt-qhdtnn", 0));
        UnitRow bnv = q3.units().get(0);
        assertThat(List.of(bnv.items(), bnv.bulletinIssues(), bnv.updated(), bnv.withdrawn())).containsExactly(2, 1, 1, 0);
        assertThat(bnv.channel(Channel.FEED)).isEqualTo(new ChannelFigures(6, 0, 0, 0, 0, 2));
        assertThat(bnv.channel(Channel.EMAIL)).isEqualTo(new ChannelFigures(6, 1, 0, 0, 2, 3));
        assertThat(bnv.channel(Channel.CHAT)).isEqualTo(new ChannelFigures(1, 0, 0, 0, 1, 1));
        assertThat(bnv.people()).isEqualTo(4);
        assertThat(bnv.failures()).isEqualTo(1);

        UnitRow snv = q3.units().get(1);
        assertThat(List.of(snv.items(), snv.bulletinIssues(), snv.updated(), snv.withdrawn())).containsExactly(2, 0, 1, 0);
        assertThat(snv.channel(Channel.FEED)).isEqualTo(new ChannelFigures(5, 0, 0, 0, 0, 2));
        assertThat(snv.channel(Channel.EMAIL)).isEqualTo(new ChannelFigures(5, 1, 0, 0, 2, 3));
        assertThat(snv.channel(Channel.CHAT)).isEqualTo(new ChannelFigures(1, 0, 0, 0, 1, 1));

        UnitRow phong = q3.units().get(2);
        assertThat(List.of(phong.items(), phong.channel(Channel.FEED).sent(), phong.people())).containsExactly(0, 0, 0);

        UnitRow tt = q3.units().get(3);
        assertThat(List.of(tt.items(), tt.withdrawn(), tt.updated())).containsExactly(1, 1, 0);
        assertThat(tt.channel(Channel.FEED)).isEqualTo(new ChannelFigures(2, 0, 0, 0, 0, 1));

        UnitRow total = q3.total();
        assertThat(List.of(total.items(), total.bulletinIssues(), total.updated(), total.withdrawn()))
                .containsExactly(3, 1, 1, 1);
        assertThat(total.channel(Channel.FEED)).isEqualTo(new ChannelFigures(8, 0, 0, 0, 0, 3));
        assertThat(total.channel(Channel.EMAIL)).isEqualTo(new ChannelFigures(6, 1, 0, 0, 2, 3));
        assertThat(total.channel(Channel.CHAT)).isEqualTo(new ChannelFigures(1, 0, 0, 0, 1, 1));
    }

    @Test
    void officialQ3_listsFailuresItemsAndIssues() {
        Report q3 = fixture.report("2026-Q3", null);

        assertThat(q3.lists()).containsExactly(
                new ListFigures("lanh-dao", "Lãnh đạo các cơ quan, đơn vị", 2, 0, 1, 0, 1),
                new ListFigures("cong-dan", "Người dân và doanh nghiệp", 2, 1, 0, 1, 2));
        assertThat(q3.failures()).containsExactly(new FailureFigures(Channel.FEED, 0, 0, 0, 0, 0),
                new FailureFigures(Channel.EMAIL, 3, 2, 0, 1, 0), new FailureFigures(Channel.CHAT, 0, 0, 0, 0, 0));
        assertThat(q3.items()).containsExactly(
                new ItemLine("tin-ca-hai", "Hai đơn vị cùng triển khai Kế hoạch cải cách hành chính", LocalDate.of(2026, 7, 20),
                        List.of("Bộ Nội vụ", "Sở Nội vụ thành phố Hà Nội"), Set.of(Channel.FEED, Channel.EMAIL, Channel.CHAT),
                        4, true, null),
                new ItemLine("tin-tt", "Trung tâm rà soát thủ tục hành chính", LocalDate.of(2026, 8, 5),
                        List.of("Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia"), Set.of(Channel.FEED), 0, false,
                        LocalDate.of(2026, 9, 1)),
                new ItemLine("tin-so", "Sở Nội vụ công bố chỉ số cải cách hành chính", LocalDate.of(2026, 9, 14),
                        List.of("Sở Nội vụ thành phố Hà Nội"), Set.of(Channel.FEED, Channel.EMAIL), 2, false, null));
        assertThat(q3.issues()).containsExactly(new IssueLine("cchc", "Bản tin điện tử Cải cách hành chính", 2026, 1,
                LocalDate.of(2026, 9, 14), 1, "cchc-2026-1", 1));
    }

    @Test
    void cutOffBoundary_14SeptemberInQ3_15SeptemberInQ4_bothInCalendarQ3() {
        Report q4 = fixture.report("2026-Q4", null);
        Report calendarQ3 = fixture.reports().build(ReportRequest.of(Period.parse("2026-Q3", PeriodRule.CALENDAR), null));

        assertThat(q4.period().first()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(q4.period().last()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(q4.items()).extracting(ItemLine::contentId).containsExactly("tin-bnv");
        assertThat(q4.total().channel(Channel.EMAIL)).isEqualTo(new ChannelFigures(0, 0, 1, 0, 0, 0));
        assertThat(q4.failures().get(1)).isEqualTo(new FailureFigures(Channel.EMAIL, 1, 0, 0, 0, 1));
        assertThat(q4.lists().get(0)).isEqualTo(new ListFigures("lanh-dao", "Lãnh đạo các cơ quan, đơn vị", 1, 1, 0, 0, 2));
        assertThat(q4.issues()).isEmpty();

        assertThat(calendarQ3.period().first()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(calendarQ3.items()).extracting(ItemLine::contentId).containsExactly("tin-ca-hai", "tin-tt", "tin-so", "tin-bnv");
        assertThat(calendarQ3.total().items()).isEqualTo(4);
        assertThat(calendarQ3.total().bulletinIssues()).isEqualTo(1);
    }

    @Test
    void oneUnit_coversItsSubtreeOnly_withItsListsAndLetterhead() {
        Report snv = fixture.reports().build(ReportRequest.of(Period.parse("2026-Q3"), "so-noi-vu-hn").withNumber("7")
                .withDate(LocalDate.of(2026, 9, 20)));

        assertThat(snv.units()).extracting(UnitRow::unitId).containsExactly("so-noi-vu-hn", "phong-cchc");
        assertThat(snv.total().items()).isEqualTo(2);
        assertThat(snv.total().channel(Channel.EMAIL)).isEqualTo(new ChannelFigures(5, 1, 0, 0, 2, 3));
        assertThat(snv.lists()).extracting(ListFigures::listId).containsExactly("cong-dan");
        assertThat(snv.items()).extracting(ItemLine::contentId).containsExactly("tin-ca-hai", "tin-so");
        assertThat(snv.issues()).isEmpty();
        Letterhead l = snv.letterhead();
        assertThat(l.parentName()).isEqualTo("Bộ Nội vụ");
        assertThat(l.issuerName()).isEqualTo("Sở Nội vụ thành phố Hà Nội");
        assertThat(l.place()).isEqualTo("Hà Nội");
        ReportText text = new ReportText(snv);
        assertThat(text.number()).isEqualTo("Số: 07/BC-SNV");
        assertThat(text.placeAndDate()).isEqualTo("Hà Nội, ngày 20 tháng 9 năm 2026");
        assertThat(text.to()).containsExactly("Bộ Nội vụ.");
        assertThat(text.recipients()).containsExactly("- Như trên;", "- Lưu: VT.");
    }

    @Test
    void unknownUnit_namesTheKnownOnes() {
        assertThatThrownBy(() -> fixture.report("2026", "khong-co"))
                .hasMessage("không có đơn vị 'khong-co' (các đơn vị: bnv, so-noi-vu-hn, phong-cchc, tt-qhdtnn)");
    }
}
