package vn.loa.report;

/**
 * The deliveries of one channel for the items a row counts, by their status when the report was made, and how many
 * distinct recipients at least one of them reached: email addresses, chat channels or followers, unit feeds.
 */
public record ChannelFigures(int sent, int failed, int dead, int pending, int skipped, int recipients) {

    public static final ChannelFigures NONE = new ChannelFigures(0, 0, 0, 0, 0, 0);

    /** The sum of two sets of figures whose recipients are disjoint (two channels, never two units). */
    public ChannelFigures plus(ChannelFigures other) {
        return new ChannelFigures(sent + other.sent, failed + other.failed, dead + other.dead, pending + other.pending,
                skipped + other.skipped, recipients + other.recipients);
    }
}
