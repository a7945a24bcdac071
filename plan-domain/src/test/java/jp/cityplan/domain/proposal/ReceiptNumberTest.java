package jp.cityplan.domain.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.cityplan.domain.shared.FiscalYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The receipt number a citizen quotes")
class ReceiptNumberTest {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);

    @Test
    void is_p_the_fiscal_year_and_a_five_digit_running_number() {
        assertThat(ReceiptNumber.of(FY2026, 1)).hasToString("P2026-00001");
        assertThat(ReceiptNumber.of(FY2026, 42).value()).isEqualTo("P2026-00042");
        assertThat(ReceiptNumber.of(FY2026, 99_999).value()).isEqualTo("P2026-99999");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 100_000})
    void has_a_running_number_from_1_to_99999(long sequence) {
        assertThatThrownBy(() -> ReceiptNumber.of(FY2026, sequence))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1-99999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P2026-00001", "P2027-12345"})
    void reads_a_well_formed_number(String value) {
        assertThat(ReceiptNumber.isWellFormed(value)).isTrue();
        assertThat(new ReceiptNumber(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "p2026-00001", "P2026-1", "P26-00001", "P2026-000001", "P2026_00001", " P2026-00001",
            "Ｐ２０２６－００００１"})
    void refuses_anything_else(String value) {
        assertThat(ReceiptNumber.isWellFormed(value)).isFalse();
        assertThatThrownBy(() -> new ReceiptNumber(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void is_equal_by_value() {
        assertThat(new ReceiptNumber("P2026-00001")).isEqualTo(ReceiptNumber.of(FY2026, 1))
                .isNotEqualTo(ReceiptNumber.of(FY2026.next(), 1));
    }
}
