package vn.loa.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/** A Jackson parser that hands out string values with {@code ${ENV}} placeholders already replaced. */
final class InterpolatingParser extends JsonParserDelegate {

    private final EnvInterpolation env;

    InterpolatingParser(JsonParser delegate, EnvInterpolation env) {
        super(delegate);
        this.env = env;
    }

    private boolean isValue() {
        return currentToken() == JsonToken.VALUE_STRING;
    }

    @Override
    public String getText() throws IOException {
        String text = super.getText();
        return isValue() ? env.apply(text) : text;
    }

    @Override
    public String getValueAsString() throws IOException {
        String text = super.getValueAsString();
        return isValue() ? env.apply(text) : text;
    }

    @Override
    public String getValueAsString(String defaultValue) throws IOException {
        String text = super.getValueAsString(defaultValue);
        return isValue() ? env.apply(text) : text;
    }

    @Override
    public char[] getTextCharacters() throws IOException {
        return isValue() ? getText().toCharArray() : super.getTextCharacters();
    }

    @Override
    public int getTextLength() throws IOException {
        return isValue() ? getText().length() : super.getTextLength();
    }

    @Override
    public int getTextOffset() throws IOException {
        return isValue() ? 0 : super.getTextOffset();
    }

    @Override
    public int getIntValue() throws IOException {
        return isValue() ? Integer.parseInt(getText().strip()) : super.getIntValue();
    }
}
