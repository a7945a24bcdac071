package jp.cityplan.domain.proposal;

import static jp.cityplan.domain.proposal.ProposalFixtures.OTHER_SECRET;
import static jp.cityplan.domain.proposal.ProposalFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The access secret shown to the citizen once")
class AccessSecretTest {

    @Test
    void a_generated_secret_has_twenty_characters_without_look_alikes() {
        AccessSecret secret = AccessSecret.generate();

        assertThat(secret.value()).hasSize(20).matches("[A-Z2-9]{20}").doesNotContain("0", "1", "O", "I", "L");
    }

    @Test
    void generated_secrets_differ() {
        Set<String> secrets = IntStream.range(0, 1000).mapToObj(i -> AccessSecret.generate().value())
                .collect(Collectors.toSet());

        assertThat(secrets).hasSize(1000);
    }

    @Test
    void is_displayed_in_groups_of_four() {
        assertThat(SECRET.display()).isEqualTo("ABCD-EFGH-JKMN-PQRS-TUVW");
        assertThat(AccessSecret.generate().display()).matches("([A-Z2-9]{4}-){4}[A-Z2-9]{4}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDEFGHJKMNPQRSTUVW", "abcdefghjkmnpqrstuvw", "ABCD-EFGH-JKMN-PQRS-TUVW",
            "abcd efgh jkmn pqrs tuvw", "  ABCD-efgh JKMN\u3000pqrs-TUVW  "})
    void is_read_however_the_citizen_types_it(String typed) {
        assertThat(AccessSecret.parse(typed)).contains(SECRET);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "    ", "ABCDEFGHJKMNPQRSTUV", "ABCDEFGHJKMNPQRSTUVWX", "OBCDEFGHJKMNPQRSTUVW",
            "1BCDEFGHJKMNPQRSTUVW", "ABCD_EFGH_JKMN_PQRS_TUVW", "ＡＢＣＤＥＦＧＨＪＫＭＮＰＱＲＳＴＵＶＷ"})
    void anything_else_is_read_as_no_secret(String typed) {
        assertThat(AccessSecret.parse(typed)).isEmpty();
    }

    @Test
    void cannot_be_made_of_the_wrong_form() {
        assertThatThrownBy(() -> new AccessSecret("ABC")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessSecret(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void its_hash_matches_only_its_own_secret() {
        AccessSecretHash hash = SECRET.hash();

        assertThat(hash.matches(SECRET)).isTrue();
        assertThat(hash.matches(AccessSecret.parse("abcd-efgh-jkmn-pqrs-tuvw").orElseThrow())).isTrue();
        assertThat(hash.matches(OTHER_SECRET)).isFalse();
        assertThat(hash.matches(new AccessSecret("ABCDEFGHJKMNPQRSTUVX"))).isFalse();
    }

    @Test
    void its_hash_is_a_sha_256_in_lower_case_hex_and_the_same_every_time() {
        assertThat(SECRET.hash().value()).matches("[0-9a-f]{64}");
        assertThat(SECRET.hash()).isEqualTo(new AccessSecret(SECRET.value()).hash());
        assertThat(SECRET.hash()).isNotEqualTo(OTHER_SECRET.hash());
    }

    @Test
    void a_stored_hash_of_the_wrong_form_is_refused() {
        assertThatThrownBy(() -> new AccessSecretHash("ABCDEF")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessSecretHash(SECRET.hash().value().toUpperCase()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void never_shows_itself_in_to_string() {
        assertThat(SECRET.toString()).isEqualTo("AccessSecret[****]").doesNotContain(SECRET.value());
    }
}
