package jp.cityplan.domain.plan;

import static jp.cityplan.domain.plan.PlanFixtures.PLAN_ID;
import static jp.cityplan.domain.plan.PlanFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.cityplan.domain.plan.PlanRegistration.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Registering plans with the deployment")
class PlanRegistrationTest {

    private final InMemoryComprehensivePlans plans = new InMemoryComprehensivePlans();
    private final PlanRegistration registration = new PlanRegistration(plans);

    @Test
    void a_registered_plan_is_stored() {
        registration.register(plan());

        assertThat(plans.findById(PLAN_ID)).contains(plan());
        assertThat(plans.summaries()).containsExactly(plan().summary());
    }

    @Test
    void a_plan_id_already_registered_is_refused_and_the_stored_plan_kept() {
        registration.register(plan());
        ComprehensivePlan revised = plan("nihonmatsu", "二本松市長期総合計画 (改訂)");

        assertThatThrownBy(() -> registration.register(revised))
                .isInstanceOf(PlanAlreadyRegisteredException.class)
                .hasMessage("plan nihonmatsu is already registered")
                .satisfies(e -> assertThat(((PlanAlreadyRegisteredException) e).planId()).isEqualTo(PLAN_ID));
        assertThat(plans.findById(PLAN_ID)).map(ComprehensivePlan::title).contains("二本松市長期総合計画");
        assertThat(plans.adds()).isEqualTo(1);
    }

    @Test
    void plans_of_different_ids_are_both_stored() {
        registration.register(plan());
        registration.register(plan("nihonmatsu-2027", "二本松市長期総合計画 (次期)"));

        assertThat(plans.summaries()).extracting(PlanSummary::id)
                .containsExactly(PLAN_ID, new PlanId("nihonmatsu-2027"));
    }

    @Test
    void register_if_absent_registers_once_and_then_reports_the_plan_as_already_registered() {
        Outcome first = registration.registerIfAbsent(plan());
        Outcome second = registration.registerIfAbsent(plan());

        assertThat(first).isEqualTo(Outcome.REGISTERED);
        assertThat(second).isEqualTo(Outcome.ALREADY_REGISTERED);
        assertThat(plans.summaries()).hasSize(1);
        assertThat(plans.adds()).isEqualTo(1);
    }

    @Test
    void register_if_absent_counts_a_plan_another_node_stored_meanwhile_as_already_registered() {
        InMemoryComprehensivePlans racing = new InMemoryComprehensivePlans() {
            @Override
            public boolean exists(PlanId id) {
                return false; // the other node's insert is not visible yet
            }
        };
        racing.add(plan());

        Outcome outcome = new PlanRegistration(racing).registerIfAbsent(plan());

        assertThat(outcome).isEqualTo(Outcome.ALREADY_REGISTERED);
        assertThat(racing.summaries()).hasSize(1);
    }

    @Test
    void registration_needs_somewhere_to_keep_plans() {
        assertThatThrownBy(() -> new PlanRegistration(null)).hasMessageContaining("plans must be present");
    }
}
