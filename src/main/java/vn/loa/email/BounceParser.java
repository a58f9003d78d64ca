package vn.loa.email;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message from the bounce mailbox. A delivery status notification (RFC 3464: a {@code message/delivery-status}
 * part, usually in {@code multipart/report; report-type=delivery-status}) gives the action, status and diagnostic of
 * the failed recipient. A non-standard bounce (from a mailer daemon or postmaster, or with a bounce subject) gives an
 * enhanced status code, or an SMTP reply code, from its explanation. Either names Loa's delivery by the returned
 * headers: {@code X-Loa-Delivery: ID}, or a Message-ID {@code <ID.CONTENT@host>}. Anything else is not a bounce.
 */
final class BounceParser {

    /** The most read from one part; notifications and returned headers are far smaller. */
    static final int PART_LIMIT = 64 * 1024;

    private static final int DEPTH_LIMIT = 8;
    private static final Pattern LOA_MESSAGE_ID = Pattern.compile("<(\\d{1,18})\\.([^@<>\\s]+)@[^<>\\s]+>");
    private static final Pattern LOA_DELIVERY = Pattern.compile("^\\s*(\\d{1,18})(?!\\d)");
    private static final Pattern HEADER_LINE = Pattern.compile("(?im)^(message-id|x-loa-delivery)[ \\t]*:[ \\t]*(.*)$");
    private static final Pattern STATUS = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.]*\\d)");
    private static final Pattern SMTP_REPLY = Pattern.compile("(?m)(?:^|:)[ \\t]*([45][0-5]\\d)(?=[ \\t-])");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("(?i)undeliver|delivery status notification"
            + "|delivery (has )?fail|failure notice|returned mail|mail delivery (failed|failure|system)|non-delivery"
            + "|could not be delivered|không (gửi|chuyển) được");
    private static final Pattern COPY_STARTS = Pattern.compile("(?im)^(-+ ?(below this line|this is a copy|original message).*"
            + "|(return-path|received|message-id|x-loa-delivery|mime-version)[ \\t]*:.*)$");

    /** What the walk over a message's parts collected. */
    private static final class Parts {
        String deliveryStatus;
        String explanation;
        final List<String> returnedHeaders = new ArrayList<>();
    }

    Optional<Bounce> parse(Message message) throws MessagingException, IOException {
        Parts parts = new Parts();
        walk(message, parts, 0);
        if (parts.deliveryStatus != null) {
            return fromDeliveryStatus(parts);
        }
        if (!looksLikeBounce(message) || parts.explanation == null) {
            return Optional.empty();
        }
        return Optional.of(fromText(parts));
    }

    private static void walk(Part part, Parts parts, int depth) throws MessagingException, IOException {
        if (depth > DEPTH_LIMIT) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child, parts, depth + 1);
                }
            }
        } else if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
            if (parts.deliveryStatus == null) {
                parts.deliveryStatus = read(part);
            }
        } else if (part.isMimeType("text/rfc822-headers") || part.isMimeType("message/global-headers")) {
            parts.returnedHeaders.add(read(part));
        } else if (part.isMimeType("message/rfc822") || part.isMimeType("message/global")) {
            String returned = read(part).replace("\r\n", "\n");
            int end = returned.indexOf("\n\n");
            parts.returnedHeaders.add(end < 0 ? returned : returned.substring(0, end));
        } else if (part.isMimeType("text/plain") && parts.explanation == null) {
            parts.explanation = text(part);
        }
    }

    private static Optional<Bounce> fromDeliveryStatus(Parts parts) {
        List<Map<String, String>> blocks = fieldBlocks(parts.deliveryStatus);
        Map<String, String> failed = null;
        Map<String, String> delayed = null;
        for (Map<String, String> block : blocks.subList(Math.min(1, blocks.size()), blocks.size())) {
            String action = block.getOrDefault("action", "").strip().toLowerCase(Locale.ROOT);
            block.put("action", action);
            if (action.equals("failed") && failed == null) {
                failed = block;
            } else if (action.equals("delayed") && delayed == null) {
                delayed = block;
            }
        }
        failed = failed != null ? failed : delayed;
        if (failed == null) {
            return Optional.empty();
        }
        Matcher status = STATUS.matcher(failed.getOrDefault("status", ""));
        String diagnostic = failed.get("diagnostic-code");
        if (diagnostic != null) {
            diagnostic = diagnostic.replaceFirst("^\\s*(?i:smtp|x-[\\w-]+)\\s*;\\s*", "").strip();
        }
        return Optional.of(withReference(parts, false, addressOf(failed.get("final-recipient")), failed.get("action"),
                status.find() ? status.group() : null, diagnostic));
    }

    private static Bounce fromText(Parts parts) {
        String explanation = parts.explanation;
        Matcher copy = COPY_STARTS.matcher(explanation);
        String own = copy.find() ? explanation.substring(0, copy.start()) : explanation;
        String status = null;
        String diagnostic = null;
        Matcher enhanced = STATUS.matcher(own);
        while (status == null && enhanced.find()) {
            if (!enhanced.group(1).equals("2")) {
                status = enhanced.group();
                diagnostic = lineAt(own, enhanced.start());
            }
        }
        Matcher reply = SMTP_REPLY.matcher(own);
        if (status == null && reply.find()) {
            status = reply.group(1).charAt(0) + ".0.0";
            diagnostic = lineAt(own, reply.start(1));
        }
        return withReference(parts, true, null, "failed", status, diagnostic);
    }

    /** Adds the delivery the returned headers (or, for a non-standard bounce, its text) name. */
    private static Bounce withReference(Parts parts, boolean searchText, String recipient, String action, String status,
                                        String diagnostic) {
        List<String> sources = new ArrayList<>(parts.returnedHeaders);
        if (searchText && parts.explanation != null) {
            sources.add(parts.explanation);
        }
        Long deliveryId = null;
        String contentId = null;
        for (String source : sources) {
            Matcher line = HEADER_LINE.matcher(unfold(source));
            while (line.find() && deliveryId == null) {
                if (line.group(1).equalsIgnoreCase("x-loa-delivery")) {
                    Matcher id = LOA_DELIVERY.matcher(line.group(2));
                    if (id.find()) {
                        deliveryId = Long.parseLong(id.group(1));
                    }
                } else {
                    Matcher id = LOA_MESSAGE_ID.matcher(line.group(2));
                    if (id.find()) {
                        deliveryId = Long.parseLong(id.group(1));
                        contentId = id.group(2);
                    }
                }
            }
        }
        return new Bounce(deliveryId, contentId, recipient, action, status, cut(diagnostic));
    }

    private static boolean looksLikeBounce(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from != null) {
            for (Address a : from) {
                String address = a instanceof InternetAddress ia && ia.getAddress() != null ? ia.getAddress() : a.toString();
                String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
                if (local.equalsIgnoreCase("mailer-daemon") || local.equalsIgnoreCase("postmaster")) {
                    return true;
                }
            }
        }
        String[] returnPath = message.getHeader("Return-Path");
        if (returnPath != null && returnPath.length > 0 && returnPath[0].strip().equals("<>")) {
            return true;
        }
        String subject = message.getSubject();
        return subject != null && BOUNCE_SUBJECT.matcher(subject).find();
    }

    /** The field blocks of a delivery-status body: the per-message block, then one per recipient; names lower-case. */
    static List<Map<String, String>> fieldBlocks(String body) {
        List<Map<String, String>> blocks = new ArrayList<>();
        for (String block : body.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t]*\n")) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : unfold(block).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
                }
            }
            if (!fields.isEmpty()) {
                blocks.add(fields);
            }
        }
        return blocks;
    }

    private static String unfold(String text) {
        return text.replace("\r\n", "\n").replaceAll("\n[ \t]+", " ");
    }

    private static String addressOf(String typed) {
        if (typed == null) {
            return null;
        }
        int semicolon = typed.indexOf(';');
        String address = (semicolon >= 0 ? typed.substring(semicolon + 1) : typed).strip();
        return address.startsWith("<") && address.endsWith(">") ? address.substring(1, address.length() - 1) : address;
    }

    private static String lineAt(String text, int index) {
        int start = text.lastIndexOf('\n', index) + 1;
        int end = text.indexOf('\n', index);
        return text.substring(start, end < 0 ? text.length() : end).strip();
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    private static String read(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(PART_LIMIT), StandardCharsets.UTF_8);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        String charset = null;
        try {
            charset = new ContentType(part.getContentType()).getParameter("charset");
        } catch (MessagingException e) {
            // no usable Content-Type: read as UTF-8
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(PART_LIMIT);
            try {
                return new String(bytes, charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
            } catch (IllegalArgumentException e) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }
    }
}
