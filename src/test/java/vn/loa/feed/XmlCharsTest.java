package vn.loa.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlCharsTest {

    @Test
    void strip_removesC0ControlsNoncharactersAndLoneSurrogates() {
        assertThat(XmlChars.strip("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi\uD800j\uDC00k"))
                .isEqualTo("abcdefghijk");
    }

    @Test
    void strip_keepsTabNewlinesVietnameseAndEmojiPairs() {
        String text = "Cải cách\thành chính\nnăm 2026\r\n— Đẩy mạnh số hóa 😀 \uE000\uFFFD";

        assertThat(XmlChars.strip(text)).isSameAs(text);
    }

    @Test
    void strip_dropsAHighSurrogateAtTheEnd_andKeepsNull() {
        assertThat(XmlChars.strip("x\uD83D")).isEqualTo("x");
        assertThat(XmlChars.strip("\uDE00\uD83D\uDE00")).isEqualTo("😀");
        assertThat(XmlChars.strip(null)).isNull();
    }
}
