package vn.loa.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import vn.loa.i18n.Messages;

/**
 * Reads {@code loa.yaml} into {@link LoaConfig}: environment placeholders, typed binding, then cross-checks. Errors
 * are in the language {@code LOA_LANG} names, else the file's own {@code site.language}, else Vietnamese.
 */
public final class ConfigLoader {

    private final Map<String, String> env;

    public ConfigLoader(Map<String, String> env) {
        this.env = env;
    }

    public static ConfigLoader fromEnvironment() {
        return new ConfigLoader(System.getenv());
    }

    public LoaConfig load(Path file) {
        String name = file.toString();
        String yaml = read(file, name, Messages.of(null, env.get("LOA_LANG")));
        Messages messages = Messages.of(siteLanguage(yaml), env.get("LOA_LANG"));
        LoaConfig config = bind(yaml, name, messages);
        List<ConfigIssue> issues = new ConfigValidator(config, messages).validate();
        if (!issues.isEmpty()) {
            YamlLines lines = new YamlLines(yaml);
            throw new ConfigException(issues.stream()
                    .map(i -> name + ":" + lines.line(i.path()) + ": " + i.key() + ": " + i.message())
                    .collect(Collectors.joining("\n")));
        }
        return config;
    }

    /** {@code site.language} as written (placeholders replaced), read before binding so binding errors use it. */
    private String siteLanguage(String yaml) {
        try {
            return new YamlLines(yaml).scalar(List.of("site", "language")).map(new EnvInterpolation(env)::apply).orElse(null);
        } catch (RuntimeException e) {
            return null;   // not readable YAML: binding reports it
        }
    }

    private static String read(Path file, String name, Messages messages) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length);
            CoderResult result = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, out, true);
            if (result.isError()) {
                throw new ConfigException(name, lineAt(bytes, in.position()), "file", messages.get("config.not_utf8"));
            }
            String text = out.flip().toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new ConfigException(name + ":0: file: " + messages.get("config.unreadable", String.valueOf(e.getMessage())));
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private LoaConfig bind(String yaml, String name, Messages messages) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1024 * 1024);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        ObjectMapper mapper = new ObjectMapper(factory)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        if (yaml.isBlank()) {
            return LoaConfig.empty();
        }
        try (JsonParser parser = new InterpolatingParser(factory.createParser(yaml), new EnvInterpolation(env))) {
            parser.setCodec(mapper);
            if (parser.nextToken() == null) {
                return LoaConfig.empty();
            }
            LoaConfig config = mapper.readValue(parser, LoaConfig.class);
            return config == null ? LoaConfig.empty() : config;
        } catch (JsonProcessingException e) {
            throw located(e, name, yaml, messages);
        } catch (IOException e) {
            throw new ConfigException(name + ":0: file: " + e.getMessage());
        }
    }

    private static ConfigException located(JsonProcessingException e, String name, String yaml, Messages messages) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        String key = "yaml";
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            key = path(mapping.getPath());
        }
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            // Jackson locates an unknown key where the YAML parser has read ahead to (its value's end), not at the key.
            line = new YamlLines(yaml).keyLine(steps(unknown.getPath()));
            message = messages.get("config.unknown_key", unknown.getPropertyName(),
                    unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            message = messages.get("config.wrong_value", String.valueOf(invalid.getValue()),
                    messages.get("config.type." + typeOf(invalid.getTargetType())));
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = messages.get("config.wrong_shape", messages.get("config.type." + typeOf(mismatched.getTargetType())));
        } else if (original.startsWith("Duplicate field '")) {
            message = messages.get("config.duplicate_key", original.substring("Duplicate field '".length()).replaceAll("'.*", ""));
        } else {
            message = messages.get("config.yaml", yamlProblem(original, messages));
        }
        return new ConfigException(name, line, key, message);
    }

    /** The YAML parser's words in plain ones for the mistakes people make, else its own (English) words, on one line. */
    private static String yamlProblem(String original, Messages messages) {
        String known = original.contains("found character '\\t(TAB)'") ? "config.yaml.tab"
                : original.contains("end of stream") && original.contains("quoted scalar") ? "config.yaml.unclosed_quote"
                : original.contains("expected <block end>") ? "config.yaml.indent"
                : original.contains("mapping values are not allowed") ? "config.yaml.colon"
                : original.contains("could not find expected ':'") ? "config.yaml.expected_colon"
                : null;
        return known != null ? messages.get(known) : original.replaceAll("(?s)\\s*at \\[Source.*", "").replaceAll("`", "'")
                .replaceAll("\\s+", " ").strip();
    }

    /** What kind of value a Java type wants, as the suffix of a {@code config.type.*} message. */
    private static String typeOf(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == String.class || type.isEnum()) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        return "mapping";
    }

    private static List<Object> steps(List<JsonMappingException.Reference> refs) {
        List<Object> steps = new ArrayList<>();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                steps.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                steps.add(ref.getIndex());
            }
        }
        return steps;
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
