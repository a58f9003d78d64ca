package vn.loa.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server on 127.0.0.1 that answers from a script: a reply per RCPT address, a reply to the end of
 * DATA, and ways to drop the connection. It records every connection and every accepted message, so tests can
 * produce what GreenMail cannot (a 550 or 451 to RCPT, a dropped connection) and count sessions.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    /** A message the server accepted: its envelope recipients and the DATA as received (dot-unstuffed). */
    public record Received(List<String> recipients, String data) {
    }

    /** What to do after the end of DATA. */
    enum AfterData { REPLY, CLOSE_WITHOUT_REPLY }

    private final ServerSocket socket;
    private final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile String dataReply = "250 2.0.0 queued";
    private volatile AfterData afterData = AfterData.REPLY;
    private volatile boolean eightBitMime;
    private volatile boolean closeAfterEachMessage;

    public ScriptedSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public ScriptedSmtpServer replyToRcpt(String address, String reply) {
        rcptReplies.put(address, reply);
        return this;
    }

    ScriptedSmtpServer replyToData(String reply) {
        dataReply = reply;
        return this;
    }

    ScriptedSmtpServer afterData(AfterData action) {
        afterData = action;
        return this;
    }

    ScriptedSmtpServer advertise8BitMime() {
        eightBitMime = true;
        return this;
    }

    /** Closes each connection right after the reply to a message, like a relay with a short idle timeout. */
    ScriptedSmtpServer closeAfterEachMessage() {
        closeAfterEachMessage = true;
        return this;
    }

    int connections() {
        return connections.get();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                clients.add(client);
                Thread session = new Thread(() -> converse(client), "scripted-smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = client.getOutputStream();
            reply(out, "220 scripted.test ESMTP");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, eightBitMime ? "250-scripted.test\r\n250 8BITMIME" : "250 scripted.test");
                    case "HELO", "NOOP" -> reply(out, "250 OK");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 2.1.0 OK");
                    }
                    case "RCPT" -> {
                        String address = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                        String answer = rcptReplies.getOrDefault(address, "250 2.1.5 OK");
                        if (answer.startsWith("2")) {
                            recipients.add(address);
                        }
                        reply(out, answer);
                    }
                    case "DATA" -> {
                        if (recipients.isEmpty()) {
                            reply(out, "503 5.5.1 no valid recipients");
                            continue;
                        }
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        String data = readData(in);
                        if (afterData == AfterData.CLOSE_WITHOUT_REPLY) {
                            received.add(new Received(List.copyOf(recipients), data));
                            return;
                        }
                        if (dataReply.startsWith("2")) {
                            received.add(new Received(List.copyOf(recipients), data));
                        }
                        reply(out, dataReply);
                        recipients.clear();
                        if (closeAfterEachMessage) {
                            return;
                        }
                    }
                    case "RSET" -> {
                        recipients.clear();
                        reply(out, "250 2.0.0 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 unknown command");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static String readData(BufferedReader in) throws IOException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        return data.toString();
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
            for (Socket client : clients) {
                client.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
