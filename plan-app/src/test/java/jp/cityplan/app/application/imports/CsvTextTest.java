package jp.cityplan.app.application.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    private static final String TEXT = "指標ID,値\nstaff-count,512\n";

    @Test
    void utf8IsReadAsItIs() {
        CsvText.Decoded decoded = CsvText.decode(TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void theBomExcelWritesIsDropped() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        CsvText.Decoded decoded = CsvText.decode(withBom);

        assertThat(decoded.text()).isEqualTo(TEXT).doesNotStartWith("\uFEFF");
        assertThat(decoded.encoding()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void shiftJisWithMicrosoftsExtraCharactersIsRecognised() {
        String text = "出典\n財政状況資料集①\n";

        CsvText.Decoded decoded = CsvText.decode(text.getBytes(Charset.forName("windows-31j")));

        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo("Shift_JIS");
    }
}
