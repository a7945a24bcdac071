package jp.cityplan.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionTest {

    @Test
    void a_division_has_a_staff_group_and_a_heads_group() {
        Division finance = new Division("div-finance", "財政課");

        assertThat(finance.staffGroup()).isEqualTo("div-finance");
        assertThat(finance.headsGroup()).isEqualTo("div-finance-heads");
    }

    @Test
    void a_division_id_may_not_look_like_a_heads_group() {
        assertThatThrownBy(() -> new Division("div-finance-heads", "財政課長"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_heads_group_of_a_staff_group_is_found_by_name() {
        assertThat(Division.headsGroupOf("div-civil-engineering")).hasValue("div-civil-engineering-heads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"div-finance-heads", "public-hearing", "camunda-admin", "div-", "DIV-FINANCE"})
    void other_groups_have_no_heads_group(String group) {
        assertThat(Division.headsGroupOf(group)).isEmpty();
    }

    @Test
    void no_group_has_no_heads_group() {
        assertThat(Division.headsGroupOf(null)).isEmpty();
    }
}
