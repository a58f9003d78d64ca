package vn.loa.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One list email rendered once for every member, as the finished bytes of the message with slots for what differs
 * per member: the recipient address, the Message-ID and the unsubscribe token. Filling the slots copies bytes;
 * nothing is rendered, encoded or parsed per member.
 *
 * <p>The template is built by Jakarta Mail from a message carrying marker values. The text and HTML parts are
 * quoted-printable, encoded here piece by piece around the token, which stands alone between soft line breaks
 * ({@code =CRLF}, invisible once decoded), so a filled token can never break the 76-character line rule.
 */
final class EmailTemplate {

    /** Put where the recipient address goes (To), and the Message-ID. */
    static final String RECIPIENT = "loa-slot-recipient@slot.invalid";
    static final String MESSAGE_ID = "<loa-slot-message-id@slot.invalid>";
    /** Put where the unsubscribe token goes, in headers and in the HTML and text before encoding. */
    static final String TOKEN = "LoaSlotToken5e0c1f";

    /** What differs per member, by the marker that stands for it in the template's bytes. */
    private enum Slot {
        RECIPIENT(EmailTemplate.RECIPIENT),
        MESSAGE_ID(EmailTemplate.MESSAGE_ID),
        TOKEN(EmailTemplate.TOKEN),
        /** The token in the quoted-printable body: a marker that does not contain {@link #TOKEN}'s. */
        TOKEN_IN_BODY("LoaSlotTokenQp5e0c1f");

        final String marker;

        Slot(String marker) {
            this.marker = marker;
        }
    }

    private static final byte[] SOFT_BREAK = "=\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int QP_LINE = 75;

    private final byte[][] pieces;
    private final Slot[] slots;

    private EmailTemplate(byte[][] pieces, Slot[] slots) {
        this.pieces = pieces;
        this.slots = slots;
    }

    /**
     * The template of {@code message}, which carries {@link #RECIPIENT} as To, {@link #MESSAGE_ID} as Message-ID and
     * {@link #TOKEN} wherever the token goes in its headers; its content is set here from {@code text} and
     * {@code html}, which carry {@link #TOKEN} wherever the token goes.
     */
    static EmailTemplate of(MimeMessage message, String text, String html) throws MessagingException, IOException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(part("text/plain; charset=UTF-8", text));
        alternative.addBodyPart(part("text/html; charset=UTF-8", html));
        message.setContent(alternative);
        message.saveChanges();
        message.setHeader("Message-ID", MESSAGE_ID);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        message.writeTo(bytes);
        return split(bytes.toByteArray());
    }

    /** The message for one member. The values must be free of line breaks (checked by the caller's validation). */
    byte[] fill(String recipient, String messageId, String token) {
        byte[][] values = new byte[Slot.values().length][];
        values[Slot.RECIPIENT.ordinal()] = recipient.getBytes(StandardCharsets.UTF_8);
        values[Slot.MESSAGE_ID.ordinal()] = messageId.getBytes(StandardCharsets.UTF_8);
        values[Slot.TOKEN.ordinal()] = token.getBytes(StandardCharsets.UTF_8);
        values[Slot.TOKEN_IN_BODY.ordinal()] = quotedPrintable(token);
        int size = 0;
        for (byte[] piece : pieces) {
            size += piece.length;
        }
        for (Slot slot : slots) {
            size += values[slot.ordinal()].length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (int i = 0; i < pieces.length; i++) {
            System.arraycopy(pieces[i], 0, out, at, pieces[i].length);
            at += pieces[i].length;
            if (i < slots.length) {
                byte[] value = values[slots[i].ordinal()];
                System.arraycopy(value, 0, out, at, value.length);
                at += value.length;
            }
        }
        return out;
    }

    private static MimeBodyPart part(String contentType, String content) throws MessagingException, IOException {
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", contentType);
        headers.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return new MimeBodyPart(headers, encodeAroundToken(content));
    }

    /** Quoted-printable, each piece between tokens encoded on its own, the token on a line of its own. */
    private static byte[] encodeAroundToken(String content) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length() * 2);
        int from = 0;
        while (true) {
            int at = content.indexOf(TOKEN, from);
            encode(content.substring(from, at < 0 ? content.length() : at), out);
            if (at < 0) {
                return out.toByteArray();
            }
            out.write(SOFT_BREAK);
            out.write(Slot.TOKEN_IN_BODY.marker.getBytes(StandardCharsets.US_ASCII));
            out.write(SOFT_BREAK);
            from = at + TOKEN.length();
        }
    }

    private static void encode(String piece, ByteArrayOutputStream out) throws MessagingException, IOException {
        try (OutputStream qp = MimeUtility.encode(new NotClosing(out), "quoted-printable")) {
            qp.write(piece.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The token as quoted-printable lines, each ended by a soft line break but the last (the template has one). */
    static byte[] quotedPrintable(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length() + 8);
        int column = 0;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean literal = c > 32 && c < 127 && c != '=';
            int width = literal ? 1 : 3;
            if (column + width > QP_LINE) {
                out.writeBytes(SOFT_BREAK);
                column = 0;
            }
            if (literal) {
                out.write(c);
            } else {
                out.write('=');
                out.write(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.write(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
            column += width;
        }
        return out.toByteArray();
    }

    private static EmailTemplate split(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1); // one char per byte: indexes are byte offsets
        List<byte[]> pieces = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        int from = 0;
        while (true) {
            int next = -1;
            Slot slot = null;
            for (Slot candidate : Slot.values()) {
                int at = text.indexOf(candidate.marker, from);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                    slot = candidate;
                }
            }
            if (next < 0) {
                pieces.add(Arrays.copyOfRange(message, from, message.length));
                return new EmailTemplate(pieces.toArray(byte[][]::new), slots.toArray(Slot[]::new));
            }
            pieces.add(Arrays.copyOfRange(message, from, next));
            slots.add(slot);
            from = next + slot.marker.length();
        }
    }

    /** Lets the encoder flush its last line on close without closing the buffer it writes to. */
    private static final class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
