package jp.cityplan.domain.plan;

import static jp.cityplan.domain.plan.PlanFixtures.COUNTER_OUTSOURCING;
import static jp.cityplan.domain.plan.PlanFixtures.COUNTER_OUTSOURCING_DESCRIPTION;
import static jp.cityplan.domain.plan.PlanFixtures.EFFICIENT_ADMINISTRATION;
import static jp.cityplan.domain.plan.PlanFixtures.PARK_VOLUNTEERS_DESCRIPTION;
import static jp.cityplan.domain.plan.PlanFixtures.PARK_VOLUNTEERS_NAME;
import static jp.cityplan.domain.plan.PlanFixtures.PRIVATE_SECTOR;
import static jp.cityplan.domain.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The plan's initiative tables as people read them")
class ListedInitiativesTest {

    private final ComprehensivePlan plan = plan();

    @Test
    void lists_every_row_of_every_approach_in_printed_order_with_its_position() {
        assertThat(plan.listedInitiatives())
                .extracting(row -> row.approach().value(), ListedInitiative::position,
                        row -> row.code().map(InitiativeCode::value).orElse("-"), ListedInitiative::relisting)
                .containsExactly(
                        tuple("1-1", 1, "1-1.1", false),
                        tuple("1-1", 2, "1-1.2", false),
                        tuple("1-3", 1, "1-3.1", false),
                        tuple("1-3", 2, "1-3.2", false),
                        tuple("1-3", 3, "1-3.3", false),
                        tuple("1-3", 4, "-", true),
                        tuple("3-1", 1, "3-1.1", false),
                        tuple("3-1", 2, "1-3.2", true),
                        tuple("3-1", 3, "3-1.2", false));
    }

    @Test
    void a_relisting_of_a_plan_initiative_shows_the_home_initiatives_code_and_description() {
        ListedInitiative relisted = row(EFFICIENT_ADMINISTRATION, 2);

        assertThat(relisted.relisting()).isTrue();
        assertThat(relisted.unresolved()).isFalse();
        assertThat(relisted.code()).contains(COUNTER_OUTSOURCING);
        assertThat(relisted.name()).isEqualTo("窓口業務の民間委託");
        assertThat(relisted.description()).isEqualTo(COUNTER_OUTSOURCING_DESCRIPTION);
        assertThat(relisted.home()).contains(SectionReference.parse("方策 1-1-3"));
    }

    @Test
    void a_relisting_of_a_section_outside_the_plan_stays_unresolved_with_its_printed_description() {
        ListedInitiative relisted = row(PRIVATE_SECTOR, 4);

        assertThat(relisted.relisting()).isTrue();
        assertThat(relisted.unresolved()).isTrue();
        assertThat(relisted.code()).isEmpty();
        assertThat(relisted.name()).isEqualTo(PARK_VOLUNTEERS_NAME);
        assertThat(relisted.description()).isEqualTo(PARK_VOLUNTEERS_DESCRIPTION);
        assertThat(relisted.home()).contains(SectionReference.parse("4-1-3"));
    }

    @Test
    void an_initiative_at_home_is_neither_a_relisting_nor_unresolved() {
        ListedInitiative home = row(PRIVATE_SECTOR, 2);

        assertThat(home.relisting()).isFalse();
        assertThat(home.unresolved()).isFalse();
        assertThat(home.home()).isEmpty();
        assertThat(home.name()).isEqualTo(PlanFixtures.COUNTER_OUTSOURCING_NAME);
    }

    @Test
    void the_filter_for_everything_keeps_every_row() {
        assertThat(plan.listedInitiatives(InitiativeFilter.all())).isEqualTo(plan.listedInitiatives());
    }

    @Test
    void filtered_by_approach_lists_only_that_approachs_rows() {
        assertThat(plan.listedInitiatives(byApproach(EFFICIENT_ADMINISTRATION)))
                .extracting(ListedInitiative::approach, ListedInitiative::position)
                .containsExactly(
                        tuple(EFFICIENT_ADMINISTRATION, 1),
                        tuple(EFFICIENT_ADMINISTRATION, 2),
                        tuple(EFFICIENT_ADMINISTRATION, 3));
    }

    @Test
    void filtered_by_text_matches_names_and_descriptions() {
        // "郵便局" is only in the description of 1-3.2, which its relisting in 3-1 shows too
        assertThat(plan.listedInitiatives(byText("郵便局")))
                .extracting(row -> row.approach().value(), ListedInitiative::position)
                .containsExactly(tuple("1-3", 2), tuple("3-1", 2));
    }

    @Test
    void filtered_by_text_finds_an_unresolved_relisting_by_its_printed_description() {
        assertThat(plan.listedInitiatives(byText("公園美化")))
                .singleElement()
                .satisfies(row -> assertThat(row.unresolved()).isTrue());
    }

    @Test
    void filtered_by_approach_and_text_lists_the_rows_matching_both() {
        InitiativeFilter filter = new InitiativeFilter(Optional.of(EFFICIENT_ADMINISTRATION), Optional.of("民間委託"));

        assertThat(plan.listedInitiatives(filter))
                .extracting(row -> row.approach().value(), ListedInitiative::position, ListedInitiative::code)
                .containsExactly(tuple("3-1", 2, Optional.of(COUNTER_OUTSOURCING)));
    }

    @Test
    void full_width_text_matches_half_width_text_after_nfkc_folding() {
        List<String> fullWidth = names(plan.listedInitiatives(byText("ＮＰＯ")));
        List<String> halfWidthLowerCase = names(plan.listedInitiatives(byText("npo 法人")));

        assertThat(fullWidth).containsExactly("NPO 法人設立支援事業");
        assertThat(halfWidthLowerCase).isEqualTo(fullWidth);
    }

    @Test
    void text_that_matches_nothing_lists_nothing() {
        assertThat(plan.listedInitiatives(byText("ふるさと納税"))).isEmpty();
    }

    @Test
    void blank_text_filters_nothing() {
        assertThat(plan.listedInitiatives(byText("  "))).hasSameSizeAs(plan.listedInitiatives());
        assertThat(new InitiativeFilter(null, null)).isEqualTo(InitiativeFilter.all());
    }

    private ListedInitiative row(ApproachCode approach, int position) {
        return plan.listedInitiatives().stream()
                .filter(row -> row.approach().equals(approach) && row.position() == position)
                .findFirst()
                .orElseThrow();
    }

    private static InitiativeFilter byApproach(ApproachCode approach) {
        return new InitiativeFilter(Optional.of(approach), Optional.empty());
    }

    private static InitiativeFilter byText(String text) {
        return new InitiativeFilter(Optional.empty(), Optional.of(text));
    }

    private static List<String> names(List<ListedInitiative> rows) {
        return rows.stream().map(ListedInitiative::name).toList();
    }
}
