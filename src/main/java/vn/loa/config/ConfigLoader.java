package vn.loa.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads {@code loa.yaml} into {@link LoaConfig}: environment placeholders, typed binding, then cross-checks. */
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
        String yaml = read(file, name);
        LoaConfig config = bind(yaml, name);
        List<ConfigIssue> issues = new ConfigValidator(config).validate();
        if (!issues.isEmpty()) {
            YamlLines lines = new YamlLines(yaml);
            throw new ConfigException(issues.stream()
                    .map(i -> name + ":" + lines.line(i.path()) + ": " + i.key() + ": " + i.message())
                    .collect(Collectors.joining("\n")));
        }
        return config;
    }

    private static String read(Path file, String name) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length);
            CoderResult result = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in, out, true);
            if (result.isError()) {
                throw new ConfigException(name, lineAt(bytes, in.position()), "file",
                        "not UTF-8 (the first invalid byte is on this line); save it as UTF-8");
            }
            String text = out.flip().toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new ConfigException(name + ":0: file: cannot read the configuration (" + e.getMessage()
                    + "); pass another with --config FILE or LOA_CONFIG");
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

    private LoaConfig bind(String yaml, String name) {
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
            throw located(e, name, yaml);
        } catch (IOException e) {
            throw new ConfigException(name + ":0: file: " + e.getMessage());
        }
    }

    private static ConfigException located(JsonProcessingException e, String name, String yaml) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        String key = "yaml";
        String message = e.getOriginalMessage();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            key = path(mapping.getPath());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            // Jackson locates an unknown key where the YAML parser has read ahead to (its value's end), not at the key.
            line = new YamlLines(yaml).keyLine(steps(unknown.getPath()));
            message = "unknown key '" + unknown.getPropertyName() + "' (known: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")) + ")";
        } else if (message != null && message.contains("Cannot deserialize")) {
            message = message.replaceAll("(?s)\\s*at \\[Source.*", "").replaceAll("`", "'");
        }
        return new ConfigException(name, line, key, message == null ? e.getClass().getSimpleName() : message.strip());
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
