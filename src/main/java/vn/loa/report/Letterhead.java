package vn.loa.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What an administrative document prints around its body (Decree 30/2020/NĐ-CP, Appendix I): the governing and the
 * issuing body, number and symbol, place and date, addressees, signer and recipients.
 *
 * @param parentName governing body above the issuer, or null
 * @param symbol     the issuer's abbreviation ({@code BNV})
 * @param number     the number given by the clerk ({@code 12}, {@code 12/BC-BNV}), or null to leave it blank
 * @param place      place name before the date, or null
 * @param to         "Kính gửi" addressees (none: the line is left out)
 * @param recipients "Nơi nhận" lines, the storage line ("Lưu: VT") last
 */
public record Letterhead(String parentName, String issuerName, String symbol, String number, String place, LocalDate date,
                         List<String> to, String signerAuthority, String signerTitle, String signerName,
                         List<String> recipients) {

    public Letterhead {
        to = List.copyOf(to);
        recipients = List.copyOf(recipients);
    }
}
