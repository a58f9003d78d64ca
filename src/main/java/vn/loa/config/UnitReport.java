package vn.loa.config;

import java.util.List;

/**
 * A unit's {@code report:} block: what its official report (Decree 30/2020/NĐ-CP layout) prints around the figures.
 * Every field is optional.
 *
 * @param symbol          the unit's abbreviation in the number and symbol ({@code BNV} in "Số: 12/BC-BNV"); default:
 *                        the id in upper case
 * @param parentName      the governing body printed above the unit's name; default: the parent unit's name; "" for none
 * @param place           the place name before the date ("Hà Nội"); default: the parent's, then {@code report.place}
 * @param signerAuthority the line above the signer's title: "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"; none by default
 * @param signerTitle     the signer's position ("GIÁM ĐỐC")
 * @param signerName      the signer's full name, without academic titles
 * @param to              "Kính gửi": the higher bodies the report is addressed to; none by default
 * @param recipients      "Nơi nhận", one line each; "Lưu: VT" is added unless a line starts with "Lưu"
 */
public record UnitReport(String symbol, String parentName, String place, String signerAuthority, String signerTitle,
                         String signerName, List<String> to, List<String> recipients) {

    public UnitReport {
        to = to == null ? List.of() : List.copyOf(to);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public static UnitReport none() {
        return new UnitReport(null, null, null, null, null, null, null, null);
    }
}
