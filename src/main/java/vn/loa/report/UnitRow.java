package vn.loa.report;

import java.util.EnumMap;
import java.util.Map;
import vn.loa.content.Channel;

/**
 * One unit's line of the report: the items that name it or a unit below it (each counted once), and their
 * deliveries. The total line of a report has a null {@code unitId}.
 *
 * @param depth          0 for the report's top units, 1 for the units right below them, …
 * @param items          articles published in the period (bulletin issues apart)
 * @param bulletinIssues bulletin issues published in the period
 * @param updated        of those items, how many were changed after publication (an update or correction)
 * @param withdrawn      of those items, how many were withdrawn since
 */
public record UnitRow(String unitId, String name, int depth, int items, int bulletinIssues, int updated, int withdrawn,
                      Map<Channel, ChannelFigures> channels) {

    public UnitRow {
        Map<Channel, ChannelFigures> all = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            all.put(c, channels == null ? ChannelFigures.NONE : channels.getOrDefault(c, ChannelFigures.NONE));
        }
        channels = Map.copyOf(all);
    }

    public ChannelFigures channel(Channel channel) {
        return channels.get(channel);
    }

    /** Distinct email addresses plus distinct chat recipients reached. */
    public int people() {
        return channel(Channel.EMAIL).recipients() + channel(Channel.CHAT).recipients();
    }

    /** Failed and dead deliveries of every channel. */
    public int failures() {
        return channels.values().stream().mapToInt(f -> f.failed() + f.dead()).sum();
    }
}
