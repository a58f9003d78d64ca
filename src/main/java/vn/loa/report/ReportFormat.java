package vn.loa.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.loa.i18n.Messages;

/** The formats a report is written in, with their media type and file extension. */
public enum ReportFormat {
    MD("text/markdown; charset=utf-8", "md"),
    CSV("text/csv; charset=utf-8", "csv"),
    HTML("text/html; charset=utf-8", "html"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** @throws IllegalArgumentException naming the formats when {@code name} is none of them */
    public static ReportFormat of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.extension.equals(n) || (f == MD && n.equals("markdown"))) {
                return f;
            }
        }
        throw new IllegalArgumentException(Messages.t("report.format.unknown", name));
    }

    /** The format a file name's extension names, or null. */
    public static ReportFormat ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        try {
            return dot < 0 ? null : of(fileName.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** Word and Excel documents are not text. */
    public boolean isBinary() {
        return this == DOCX || this == XLSX;
    }

    /**
     * Writes {@code report}; {@code table} (a {@link ReportTable#KEYS} key) keeps only that table in a CSV, null
     * writes every section.
     */
    public void write(Report report, String table, OutputStream out) throws IOException {
        ReportText text = new ReportText(report);
        switch (this) {
            case MD -> out.write(MarkdownReport.render(text).getBytes(StandardCharsets.UTF_8));
            case CSV -> out.write(CsvReport.render(text, table).getBytes(StandardCharsets.UTF_8));
            case HTML -> out.write(HtmlReport.render(text).getBytes(StandardCharsets.UTF_8));
            case DOCX -> DocxReport.write(text, out);
            case XLSX -> XlsxReport.write(text, out);
        }
    }

    public byte[] bytes(Report report, String table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(report, table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A text format's output as a string. */
    public String render(Report report) {
        return render(report, null);
    }

    /** A text format's output as a string; {@code table} as in {@link #write}. */
    public String render(Report report, String table) {
        if (isBinary()) {
            throw new IllegalStateException(this + " is not text");
        }
        return new String(bytes(report, table), StandardCharsets.UTF_8);
    }
}
