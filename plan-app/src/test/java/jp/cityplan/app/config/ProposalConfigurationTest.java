package jp.cityplan.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import jp.cityplan.app.adapter.in.planfile.PlanFileReader;
import jp.cityplan.app.adapter.out.mail.ProposalMailSettings;
import jp.cityplan.domain.calendar.AnswerDeadlinePolicy;
import jp.cityplan.domain.calendar.BusinessCalendar;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.PlanId;
import jp.cityplan.domain.plan.PlanSummary;
import jp.cityplan.domain.proposal.CitizenProposals;
import jp.cityplan.domain.proposal.ProposalAccess;
import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ProposalDraft;
import jp.cityplan.domain.proposal.ProposalRules;
import jp.cityplan.domain.proposal.ProposalState;
import jp.cityplan.domain.proposal.ProposalSubmission;
import jp.cityplan.domain.proposal.PublicationConsent;
import jp.cityplan.workflow.proposal.ProposalProcessSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.ResolvableType;

/**
 * {@link ProposalConfiguration} with the shipped {@code application.yaml}, the seed plan in a plan store kept in
 * memory and the cases in a map: the beans, their settings, and a submission through them.
 */
class ProposalConfigurationTest {

    private final CountingPlans plans = new CountingPlans(seedPlan());

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(ProposalConfiguration.class)
            .withBean(ComprehensivePlans.class, () -> plans)
            .withBean(CitizenProposals.class, InMemoryCitizenProposals::new);

    @Test
    void the_shipped_settings_give_14_business_days_the_default_groups_and_the_citys_sender() {
        context.run(app -> {
            assertThat(app).hasNotFailed();
            assertThat(app.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
            AnswerDeadlinePolicy policy = app.getBean(AnswerDeadlinePolicy.class);
            assertThat(policy.businessDays()).isEqualTo(14);
            assertThat(policy.dueDate(LocalDate.of(2026, 4, 6))).isEqualTo(LocalDate.of(2026, 4, 24));
            assertThat(app.getBean(ProposalProcessSettings.class)).isEqualTo(new ProposalProcessSettings(
                    "final-approvers", 2, LocalTime.of(17, 0), LocalTime.of(9, 0)));
            assertThat(app.getBean(ProposalMailSettings.class)).isEqualTo(new ProposalMailSettings(
                    "koho@city.nihonmatsu.example", "koho@city.nihonmatsu.example", "二本松市 広報広聴係",
                    "二本松市", "Nihonmatsu City", URI.create("http://localhost:8080/proposals/status"),
                    URI.create("http://localhost:8080/camunda/app/tasklist/")));
            assertThat(app).hasSingleBean(ProposalSubmission.class).hasSingleBean(ProposalCases.class)
                    .hasSingleBean(ProposalAccess.class).hasSingleBean(BusinessCalendar.class);
        });
    }

    @Test
    void the_categories_are_the_configured_ones_in_their_order_with_both_labels() {
        context.run(app -> {
            List<ProposalProperties.Category> categories = app.getBean(ProposalProperties.class).categories();
            assertThat(categories).extracting(ProposalProperties.Category::code).containsExactly("administration",
                    "public-relations", "finance", "regional-cooperation", "community", "other", "out-of-scope");
            assertThat(categories).extracting(ProposalProperties.Category::ja).containsExactly("市政・行政運営",
                    "広報・広聴", "財政・税", "広域連携", "市民協働・地域づくり", "その他", "市の業務以外");
            assertThat(categories).extracting(ProposalProperties.Category::en).doesNotContainNull();
            assertThat(rules(app).get().categories()).containsExactlyInAnyOrder("administration",
                    "public-relations", "finance", "regional-cooperation", "community", "other", "out-of-scope");
        });
    }

    @Test
    void an_initiative_exists_when_a_stored_plan_has_it_and_the_plans_are_read_once_per_submission() {
        context.run(app -> {
            ProposalRules rules = rules(app).get();

            assertThat(rules.initiativeExists().test(new InitiativeCode("1-1.1"))).isTrue();
            assertThat(rules.initiativeExists().test(new InitiativeCode("3-1.2"))).isTrue();
            assertThat(rules.initiativeExists().test(new InitiativeCode("9-9.9"))).isFalse();
            assertThat(plans.reads).hasValue(1);

            rules(app).get().initiativeExists().test(new InitiativeCode("1-1.1"));
            assertThat(plans.reads).hasValue(2);
        });
    }

    @Test
    void a_submission_goes_through_the_wired_services_and_the_citizen_can_read_it_with_the_secret() {
        context.run(app -> {
            ProposalSubmission.Submitted submitted = app.getBean(ProposalSubmission.class).submit(new ProposalDraft(
                    null, null, "件名", "本文", "community", List.of("1-1.1"), null, null, "油井", null,
                    "taro@example.jp", null, true, PublicationConsent.NONE));

            assertThat(submitted.proposal().state()).isEqualTo(ProposalState.RECEIVED);
            assertThat(submitted.receipt().answerDueOn()).isEqualTo(app.getBean(AnswerDeadlinePolicy.class)
                    .dueDate(submitted.proposal().receivedOn()));
            assertThat(app.getBean(ProposalAccess.class).find(submitted.receipt().receiptNumber().value(),
                    submitted.receipt().secret().display())).isPresent();
            app.getBean(ProposalCases.class).acceptForAnswer(submitted.receipt().receiptNumber(),
                    List.of("div-public-relations"));
            assertThat(app.getBean(ProposalCases.class).get(submitted.receipt().receiptNumber()).state())
                    .isEqualTo(ProposalState.IN_PROGRESS);
        });
    }

    @Test
    void the_citys_own_closures_and_answer_days_come_from_the_settings() {
        context.withPropertyValues("proposal.answer-business-days=10",
                        "proposal.closures[0].from=08-13", "proposal.closures[0].to=08-15",
                        "proposal.closures[0].name=夏季休庁", "proposal.public-base-url=https://www.city.example/",
                        "proposal.mail.reply-to=kocho@city.example")
                .run(app -> {
                    assertThat(app).hasNotFailed();
                    BusinessCalendar calendar = app.getBean(BusinessCalendar.class);
                    assertThat(calendar.isBusinessDay(LocalDate.of(2025, 8, 13))).isFalse();
                    assertThat(calendar.isBusinessDay(LocalDate.of(2025, 8, 15))).isFalse();
                    assertThat(calendar.isBusinessDay(LocalDate.of(2025, 8, 12))).isTrue();
                    assertThat(calendar.isBusinessDay(LocalDate.of(2025, 12, 30))).isFalse();
                    assertThat(app.getBean(AnswerDeadlinePolicy.class).businessDays()).isEqualTo(10);
                    ProposalMailSettings mail = app.getBean(ProposalMailSettings.class);
                    assertThat(mail.statusPage()).isEqualTo(URI.create("https://www.city.example/proposals/status"));
                    assertThat(mail.replyTo()).isEqualTo("kocho@city.example");
                    assertThat(mail.from()).isEqualTo("koho@city.nihonmatsu.example");
                });
    }

    @Test
    void a_reminder_no_earlier_than_the_answer_period_stops_the_start() {
        context.withPropertyValues("proposal.answer-business-days=5", "proposal.reminder-business-days-before=5")
                .run(app -> assertThat(app).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("reminder-business-days-before"));
    }

    @SuppressWarnings("unchecked")
    private static Supplier<ProposalRules> rules(org.springframework.context.ApplicationContext app) {
        return (Supplier<ProposalRules>) app.getBeanProvider(
                ResolvableType.forClassWithGenerics(Supplier.class, ProposalRules.class)).getObject();
    }

    private static ComprehensivePlan seedPlan() {
        try (InputStream in = ProposalConfigurationTest.class.getResourceAsStream("/plans/nihonmatsu.plan.yaml")) {
            return new PlanFileReader().read("nihonmatsu.plan.yaml", in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One stored plan; counts how often a whole plan is read. */
    static final class CountingPlans implements ComprehensivePlans {

        private final ComprehensivePlan plan;
        final AtomicInteger reads = new AtomicInteger();

        CountingPlans(ComprehensivePlan plan) {
            this.plan = plan;
        }

        @Override
        public Optional<ComprehensivePlan> findById(PlanId id) {
            reads.incrementAndGet();
            return plan.id().equals(id) ? Optional.of(plan) : Optional.empty();
        }

        @Override
        public boolean exists(PlanId id) {
            return plan.id().equals(id);
        }

        @Override
        public List<PlanSummary> summaries() {
            return List.of(plan.summary());
        }

        @Override
        public void add(ComprehensivePlan plan) {
            throw new UnsupportedOperationException("read-only");
        }
    }
}
