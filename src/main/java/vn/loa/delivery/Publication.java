package vn.loa.delivery;

import vn.loa.content.Article;

/** The result of accepting one item: what happened and a sentence for people. */
public record Publication(Article article, Outcome outcome, String message) {

    /** Whether accepting it recorded deliveries to attempt. */
    public boolean hasDeliveries() {
        return outcome == Outcome.PUBLISHED || outcome == Outcome.UPDATED || outcome == Outcome.CORRECTED
                || outcome == Outcome.WITHDRAWN;
    }

    /**
     * The sentence for the intake event and the log: the message, and the conversion of a file written in a legacy
     * encoding when there was one.
     */
    public String note() {
        return article.convertedFrom() == null ? message : message + "; " + article.convertedFrom().conversionNote();
    }

    /** The body handed from planning to delivery: {@code contentId@version}. */
    public String handoff() {
        return new Handoff(article.id(), article.version()).toString();
    }
}
