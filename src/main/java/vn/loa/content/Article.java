package vn.loa.content;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.loa.encoding.LegacyEncoding;

/**
 * An approved (or withdrawn) content item after parsing, validation, sanitizing and NFC normalisation.
 *
 * @param version   SHA-256 (hex) of the normalised source and its effective units: equal versions are the same content
 * @param bodyHtml  sanitized HTML fragment, safe for every output
 * @param lists     explicit email lists, or null for the units' defaults
 * @param chats     explicit chat targets, or null for the units' defaults
 * @param date      publication date shown in feeds, or null for "when processed"
 * @param publishAt embargo instant, or null
 * @param bulletin  for {@code type: bulletin}, the bulletin id the note is for
 * @param sourceName the file name as dropped (NFC), e.g. {@code bnv/cai-cach.md}
 * @param convertedFrom the legacy encoding the file was written in (its text converted to Unicode), or null for UTF-8
 * @param correction the note of a correction ({@code correction:}, "what was wrong"): this version corrects the
 *                   published one, and everyone sent that one is told; null for a first version or a plain update
 * @param reason    why the item is withdrawn ({@code reason:} of a withdrawal), or null
 */
public record Article(
        String id,
        String version,
        ContentType type,
        ContentStatus status,
        String title,
        String summary,
        String bodyHtml,
        List<String> units,
        List<String> lists,
        List<String> chats,
        Set<Channel> channels,
        String author,
        List<String> tags,
        String image,
        Instant date,
        Instant publishAt,
        String approvedBy,
        boolean resend,
        String bulletin,
        String sourceName,
        LegacyEncoding convertedFrom,
        String correction,
        String reason) {

    /** An item from a UTF-8 file, or made by Loa itself (a bulletin issue). */
    public Article(String id, String version, ContentType type, ContentStatus status, String title, String summary,
                   String bodyHtml, List<String> units, List<String> lists, List<String> chats, Set<Channel> channels,
                   String author, List<String> tags, String image, Instant date, Instant publishAt, String approvedBy,
                   boolean resend, String bulletin, String sourceName) {
        this(id, version, type, status, title, summary, bodyHtml, units, lists, chats, channels, author, tags, image, date,
                publishAt, approvedBy, resend, bulletin, sourceName, null);
    }

    /** An item that is no correction and no withdrawal with a reason. */
    public Article(String id, String version, ContentType type, ContentStatus status, String title, String summary,
                   String bodyHtml, List<String> units, List<String> lists, List<String> chats, Set<Channel> channels,
                   String author, List<String> tags, String image, Instant date, Instant publishAt, String approvedBy,
                   boolean resend, String bulletin, String sourceName, LegacyEncoding convertedFrom) {
        this(id, version, type, status, title, summary, bodyHtml, units, lists, chats, channels, author, tags, image, date,
                publishAt, approvedBy, resend, bulletin, sourceName, convertedFrom, null, null);
    }

    /** Whether this version corrects the published one (it has a {@code correction:} note). */
    public boolean correctsPublished() {
        return status == ContentStatus.APPROVED && correction != null && !correction.isBlank();
    }

    public boolean sendsTo(Channel channel) {
        return channels.contains(channel);
    }
}
