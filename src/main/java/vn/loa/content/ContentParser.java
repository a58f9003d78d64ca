package vn.loa.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import vn.loa.config.LoaConfig;
import vn.loa.encoding.LegacyEncoding;
import vn.loa.i18n.Messages;

/**
 * Turns a dropped file into an {@link Article}: strict UTF-8 (or a legacy Vietnamese encoding told with confidence,
 * converted: the whole file, front matter included), NFC, safe YAML front matter checked against
 * {@code loa.yaml}, and a sanitized body; or rejects it with every problem found, each with its line. Thread-safe.
 */
public final class ContentParser {

    private static final Evaluator IMAGE = QueryParser.parse("img[src]");

    private final LoaConfig config;
    private final MetadataReader metadataReader;
    private final BodyRenderer renderer = new BodyRenderer();

    public ContentParser(LoaConfig config, Clock clock) {
        this.config = config;
        this.metadataReader = new MetadataReader(config, clock);
    }

    /**
     * The article, or a {@link ContentRejectedException} listing every problem (the same list {@link #check} gives) and
     * the legacy encoding the file was converted from, if it was.
     */
    public Article parse(ContentSource source) {
        Result result = read(source);
        if (!result.problems().isEmpty()) {
            throw new ContentRejectedException(TextRules.nfc(source.name()), result.problems(), result.convertedFrom());
        }
        return result.article();
    }

    /** Every problem in the file, sorted by line; empty when {@link #parse} would accept it. */
    public List<Problem> check(ContentSource source) {
        return read(source).problems();
    }

    private record Result(Article article, List<Problem> problems, LegacyEncoding convertedFrom) {
    }

    private Result read(ContentSource source) {
        List<Problem> problems = new ArrayList<>();
        long limit = config.intake().maxBytes();
        if (source.bytes().length > limit) {
            return rejected(new Problem(0, "file", Messages.t("content.file.too_large", source.bytes().length, limit)));
        }
        SourceText text = SourceText.decode(source.bytes());
        if (!text.ok()) {
            return rejected(text.problem());
        }
        BodyFormat format = BodyFormat.of(source.fileName());
        if (format == null) {
            problems.add(new Problem(0, "file", Messages.t("content.file.unsupported",
                    TextRules.quote(BodyFormat.extension(source.fileName())))));
        }
        SourceParts parts = SourceParts.split(text.text());
        FrontMatter frontMatter = FrontMatter.empty();
        boolean fieldsReadable = false;
        if (parts.ok()) {
            int before = problems.size();
            frontMatter = FrontMatter.read(parts.frontMatter(), problems);
            fieldsReadable = problems.size() == before || !frontMatter.entries().isEmpty();
        } else {
            problems.add(parts.problem());
        }
        List<Problem> fieldProblems = new ArrayList<>();
        Metadata meta = metadataReader.read(frontMatter, source, fieldProblems);
        // Without readable front matter, "title: missing" and the like would only repeat the one real problem.
        if (fieldsReadable) {
            problems.addAll(fieldProblems);
        }
        BodyRenderer.Rendered body = null;
        if (format != null && parts.body() != null) {
            Optional<BodyRenderer.Rendered> rendered = renderer.render(TextRules.stripInvalid(parts.body()), format);
            if (rendered.isEmpty()) {
                problems.add(new Problem(parts.bodyLine(), "body", Messages.t("content.body.too_deep", BodyRenderer.MAX_DEPTH)));
            } else {
                body = rendered.get();
                if (meta.status() != ContentStatus.WITHDRAWN && isEmpty(body.body())) {
                    problems.add(new Problem(parts.bodyLine(), "body", Messages.t("content.body.empty")));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            return new Result(null, List.copyOf(problems), text.convertedFrom());
        }
        return new Result(article(source, text, meta, body), List.of(), text.convertedFrom());
    }

    private static Article article(ContentSource source, SourceText text, Metadata meta, BodyRenderer.Rendered body) {
        String summary = meta.summary() != null ? meta.summary() : Summary.of(body.body());
        return new Article(meta.id(), ContentVersion.of(text.text(), meta.units()), meta.type(), meta.status(),
                meta.title(), summary, body.html(), meta.units(), meta.lists(), meta.chats(), meta.channels(),
                meta.author(), meta.tags(), meta.image(), meta.date(), meta.publishAt(), meta.approvedBy(),
                meta.resend(), meta.bulletin(), TextRules.nfc(source.name()), text.convertedFrom(), meta.correction(),
                meta.reason());
    }

    /** No text left once the markup is gone, and no image either. */
    private static boolean isEmpty(Element sanitizedBody) {
        return TextRules.trim(TextRules.stripInvalid(sanitizedBody.text())).isEmpty()
                && sanitizedBody.select(IMAGE).isEmpty();
    }

    private static Result rejected(Problem problem) {
        return new Result(null, List.of(problem), null);
    }
}
