package vn.loa.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named statements of one store, read from {@code <package path>/<store>.sql} beside its class, in listmonk's
 * format: each statement follows a {@code -- name: some-query} line and runs to the next one; other {@code --} lines
 * are comments, a trailing {@code ;} is dropped. {@code <store>.<vendor>.sql} (say {@code deliveries.postgresql.sql})
 * replaces, for that database only, the statements it names, and may name no statement the base file lacks.
 * {@code {{name}}} inside a statement is replaced by the statement {@code name} of the same store, else of
 * {@code vn/loa/storage/database.sql} (the database clock, for one): a vendor's expression is written once.
 * {@code {{:slot}}} is left for the caller to fill ({@link #sql(String, Map)}).
 */
public final class Queries {

    private static final Pattern NAME = Pattern.compile("^--\\s*name:\\s*([a-z0-9][a-z0-9-]*)\\s*$");
    private static final Pattern USE = Pattern.compile("\\{\\{([a-z0-9][a-z0-9-]*)}}");
    private static final Pattern SLOT = Pattern.compile("\\{\\{:([a-z0-9][a-z0-9-]*)}}");
    private static final Map<String, Queries> LOADED = new ConcurrentHashMap<>();

    private final String file;
    private final Map<String, String> statements;

    private Queries(String file, Map<String, String> statements) {
        this.file = file;
        this.statements = statements;
    }

    /** The statements of store {@code store} in the package of {@code owner}, for {@code vendor}. */
    public static Queries of(Class<?> owner, String store, Vendor vendor) {
        String base = owner.getPackageName().replace('.', '/') + "/" + store;
        String key = base + "@" + vendor.key();
        Queries loaded = LOADED.get(key);
        if (loaded == null) {
            // not computeIfAbsent: loading a store loads the shared database.sql too
            loaded = load(base, vendor);
            LOADED.putIfAbsent(key, loaded);
        }
        return loaded;
    }

    /** The statement {@code name}, ready for {@code prepareStatement}. */
    public String sql(String name) {
        String sql = statements.get(name);
        if (sql == null) {
            throw new IllegalArgumentException(file + ": no statement '" + name + "' (known: "
                    + String.join(", ", statements.keySet()) + ")");
        }
        return sql;
    }

    /**
     * The statement {@code name} with its slots ({@code {{:slot}}}, for what only the caller knows: a list of ids, the
     * filters asked for, another store's statement) filled from {@code slots}.
     */
    public String sql(String name, Map<String, String> slots) {
        Matcher m = SLOT.matcher(sql(name));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = slots.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(file + ": statement '" + name + "' needs its slot {{:" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Queries load(String base, Vendor vendor) {
        String file = base + ".sql";
        Map<String, String> raw = read(file, true);
        String overrides = base + "." + vendor.key() + ".sql";
        Map<String, String> vendorOnly = read(overrides, false);
        for (String name : vendorOnly.keySet()) {
            if (!raw.containsKey(name)) {
                throw new IllegalStateException(overrides + ": overrides '" + name + "', which " + file + " does not have");
            }
        }
        raw.putAll(vendorOnly);
        Map<String, String> shared = base.equals(DATABASE) ? Map.of() : of(Queries.class, "database", vendor).statements;
        Map<String, String> expanded = new LinkedHashMap<>();
        raw.forEach((name, sql) -> expanded.put(name, expand(file, name, sql, raw, shared, 0)));
        return new Queries(file, Collections.unmodifiableMap(expanded));
    }

    private static final String DATABASE = "vn/loa/storage/database";

    private static String expand(String file, String name, String sql, Map<String, String> own, Map<String, String> shared,
                                 int depth) {
        if (depth > 8) {
            throw new IllegalStateException(file + ": statement '" + name + "' uses itself through {{…}}");
        }
        Matcher m = USE.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String used = own.containsKey(m.group(1)) && !m.group(1).equals(name) ? own.get(m.group(1)) : shared.get(m.group(1));
            if (used == null) {
                throw new IllegalStateException(file + ": statement '" + name + "' uses {{" + m.group(1) + "}}, which is not defined");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(expand(file, name, used, own, shared, depth + 1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> read(String resource, boolean required) {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = Queries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("no query file " + resource + " on the class path");
                }
                return out;
            }
            String name = null;
            StringBuilder sql = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                Matcher m = NAME.matcher(line.strip());
                if (m.matches()) {
                    put(out, resource, name, sql);
                    name = m.group(1);
                    if (out.containsKey(name)) {
                        throw new IllegalStateException(resource + ": statement '" + name + "' is defined twice");
                    }
                    sql.setLength(0);
                } else if (name != null && !line.strip().startsWith("--") && !line.isBlank()) {
                    sql.append(sql.length() == 0 ? "" : "\n").append(line.stripTrailing());
                }
            }
            put(out, resource, name, sql);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static void put(Map<String, String> out, String resource, String name, StringBuilder sql) {
        if (name == null) {
            return;
        }
        String text = sql.toString().strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        if (text.isEmpty()) {
            throw new IllegalStateException(resource + ": statement '" + name + "' is empty");
        }
        out.put(name, text);
    }
}
