package vn.loa.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.loa.content.Channel;

/**
 * An article published in the period: its publication date, the units it names, the channels that carried it (at
 * least one delivery sent), the distinct email and chat recipients it reached, and whether it was changed or
 * withdrawn since.
 */
public record ItemLine(String contentId, String title, LocalDate date, List<String> units, Set<Channel> channels,
                       int recipients, boolean updated, LocalDate withdrawn) {
}
