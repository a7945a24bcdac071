package jp.cityplan.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A municipality code (全国地方公共団体コード)")
class MunicipalityCodeTest {

    @Test
    void nihonmatsu_072109_is_accepted() {
        assertThat(new MunicipalityCode("072109")).hasToString("072109");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "131016, 千代田区",
        "011002, 札幌市",
        "271004, 大阪市",
        "072109, 二本松市"
    })
    void real_codes_are_accepted(String code, String name) {
        Municipality municipality = new Municipality(new MunicipalityCode(code), name);

        assertThat(municipality.code().value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"072108", "072100", "131017", "011001", "271005"})
    void a_wrong_check_digit_is_refused(String code) {
        assertThatThrownBy(() -> new MunicipalityCode(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(code)
                .hasMessageContaining("wrong check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"07210", "0721090", "07210X", "O72109", "０７２１０９", " 072109", "07-2109"})
    void anything_but_six_ascii_digits_is_refused(String code) {
        assertThatThrownBy(() -> new MunicipalityCode(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_missing_code_is_refused(String code) {
        assertThatThrownBy(() -> new MunicipalityCode(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("municipality code must not be blank");
    }

    @Test
    void check_digit_is_the_last_digit_of_eleven_minus_the_weighted_sum_modulo_eleven() {
        // 0*6 + 7*5 + 2*4 + 1*3 + 0*2 = 46; 46 mod 11 = 2; 11 - 2 = 9
        assertThat(MunicipalityCode.checkDigitOf("07210")).isEqualTo(9);
        // a remainder of 0 gives 11, whose last digit is 1: 0*6 + 0*5 + 0*4 + 0*3 + 0*2 = 0
        assertThat(MunicipalityCode.checkDigitOf("00000")).isEqualTo(1);
        // a remainder of 1 gives 10, whose last digit is 0: 0*6 + 0*5 + 0*4 + 0*3 + 6*2 = 12; 12 mod 11 = 1
        assertThat(MunicipalityCode.checkDigitOf("00006")).isEqualTo(0);
    }

    @Test
    void a_municipality_needs_a_name() {
        MunicipalityCode code = new MunicipalityCode("072109");

        assertThatThrownBy(() -> new Municipality(code, " "))
                .hasMessageContaining("municipality name must not be blank");
    }
}
