package vn.loa.content;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The checked front-matter fields of a content file; {@code units} are the effective units (implied and given),
 * {@code summary} is null when not given, {@code lists}/{@code chats} are null for the units' defaults;
 * {@code correction} (an approved item's) and {@code reason} (a withdrawal's) are null when not given.
 */
record Metadata(
        String title,
        ContentStatus status,
        String approvedBy,
        List<String> units,
        String id,
        ContentType type,
        String bulletin,
        Instant date,
        Instant publishAt,
        String summary,
        String author,
        List<String> tags,
        String image,
        List<String> lists,
        List<String> chats,
        Set<Channel> channels,
        boolean resend,
        String correction,
        String reason) {
}
