package vn.loa.subscriber;

import java.util.Locale;

/**
 * Why a subscription changed, kept as evidence (Decree 13/2023): what was done, through what, the evidence (the
 * form wording, the import file and line, the bounce reason, the operator) and, for the web, the client's address
 * and user agent.
 */
public record Consent(Action action, Source source, String evidence, String client) {

    /** What was done; stored lower-case. */
    public enum Action {
        SUBSCRIBE, CONFIRM, UNSUBSCRIBE, IMPORT, ADD, REMOVE, BOUNCE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Through what; stored lower-case with a hyphen ({@code one-click}). */
    public enum Source {
        WEB, ONE_CLICK, IMPORT, CLI, BOUNCE;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Source of(String key) {
            return valueOf(key.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public Consent {
        if (action == null || source == null) {
            throw new IllegalArgumentException("a consent needs an action and a source");
        }
        evidence = cut(evidence, 4000);
        client = cut(client, 200);
    }

    /** A request through a web page: {@code wording} is the text the person agreed to, {@code client} IP and user agent. */
    public static Consent web(Action action, String wording, String client) {
        return new Consent(action, Source.WEB, wording, client);
    }

    /** The RFC 8058 one-click unsubscribe of a mail client. */
    public static Consent oneClick(String client) {
        return new Consent(Action.UNSUBSCRIBE, Source.ONE_CLICK, "List-Unsubscribe-Post: List-Unsubscribe=One-Click", client);
    }

    /** A row of an import file, whose unit attests the person's consent. */
    public static Consent imported(String fileName, long line) {
        return new Consent(Action.IMPORT, Source.IMPORT, fileName + " line " + line, null);
    }

    /** An operator's command; {@code evidence} says which command and who ran it. */
    public static Consent cli(Action action, String evidence) {
        return new Consent(action, Source.CLI, evidence, null);
    }

    /** A hard bounce reported by the recipient's mail server. */
    public static Consent bounce(String reason) {
        return new Consent(Action.BOUNCE, Source.BOUNCE, reason, null);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
