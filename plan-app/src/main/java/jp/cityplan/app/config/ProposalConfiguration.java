package jp.cityplan.app.config;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import jp.cityplan.app.adapter.out.mail.ProposalMailSettings;
import jp.cityplan.domain.calendar.AnswerDeadlinePolicy;
import jp.cityplan.domain.calendar.BusinessCalendar;
import jp.cityplan.domain.plan.ComprehensivePlan;
import jp.cityplan.domain.plan.ComprehensivePlans;
import jp.cityplan.domain.plan.Initiative;
import jp.cityplan.domain.plan.InitiativeCode;
import jp.cityplan.domain.plan.PlanSummary;
import jp.cityplan.domain.proposal.CitizenProposal;
import jp.cityplan.domain.proposal.CitizenProposals;
import jp.cityplan.domain.proposal.ProposalAccess;
import jp.cityplan.domain.proposal.ProposalCases;
import jp.cityplan.domain.proposal.ProposalRules;
import jp.cityplan.domain.proposal.ProposalSubmission;
import jp.cityplan.workflow.proposal.ProposalProcessSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the citizen proposal domain explicitly (the domain knows nothing of Spring) from the {@code proposal.*}
 * settings, and keeps the citizens' personal data out of the engine's history.
 */
@Configuration
@EnableConfigurationProperties(ProposalProperties.class)
public class ProposalConfiguration {

    /** The city's clock: system time, dates in Japan. */
    @Bean
    Clock clock() {
        return Clock.system(CitizenProposal.CITY_ZONE);
    }

    /** Weekends, national holidays, 12/29-1/3 and the city's own closures ({@code proposal.closures}). */
    @Bean
    BusinessCalendar businessCalendar(ProposalProperties properties) {
        return new BusinessCalendar(properties.cityClosures());
    }

    @Bean
    AnswerDeadlinePolicy answerDeadlinePolicy(ProposalProperties properties, BusinessCalendar businessCalendar) {
        return new AnswerDeadlinePolicy(properties.answerBusinessDays(), businessCalendar);
    }

    /**
     * The rules a submission is checked against, read afresh for each submission: the configured categories, and
     * the initiatives of every stored plan (read once per submission, on the first initiative code it names).
     */
    @Bean
    Supplier<ProposalRules> proposalRules(ProposalProperties properties, ComprehensivePlans plans) {
        Set<String> categories = Set.copyOf(properties.categoryCodes());
        return () -> new ProposalRules(categories, new StoredInitiatives(plans));
    }

    @Bean
    ProposalSubmission proposalSubmission(CitizenProposals proposals, Supplier<ProposalRules> proposalRules,
                                          AnswerDeadlinePolicy answerDeadlinePolicy, Clock clock) {
        return new ProposalSubmission(proposals, proposalRules, answerDeadlinePolicy, clock);
    }

    @Bean
    ProposalCases proposalCases(CitizenProposals proposals, Clock clock) {
        return new ProposalCases(proposals, clock);
    }

    @Bean
    ProposalAccess proposalAccess(CitizenProposals proposals, Clock clock) {
        return new ProposalAccess(proposals, clock);
    }

    @Bean
    ProposalProcessSettings proposalProcessSettings(ProposalProperties properties) {
        return new ProposalProcessSettings(properties.finalApproverGroup(), properties.reminderBusinessDaysBefore(),
                properties.answerDueTime(), properties.reminderTime());
    }

    @Bean
    ProposalMailSettings proposalMailSettings(ProposalProperties properties) {
        ProposalProperties.Mail mail = properties.mail();
        return new ProposalMailSettings(mail.from(), mail.replyTo(), mail.senderName(), mail.cityName(),
                mail.cityNameEn(), properties.statusPage(), properties.tasklist());
    }

    /** Whether any stored plan has the initiative; the plans are read on the first question, then remembered. */
    static final class StoredInitiatives implements Predicate<InitiativeCode> {

        private final ComprehensivePlans plans;
        private Set<InitiativeCode> codes;

        StoredInitiatives(ComprehensivePlans plans) {
            this.plans = plans;
        }

        @Override
        public boolean test(InitiativeCode code) {
            if (codes == null) {
                codes = readCodes();
            }
            return codes.contains(code);
        }

        private Set<InitiativeCode> readCodes() {
            Set<InitiativeCode> all = new HashSet<>();
            for (PlanSummary summary : plans.summaries()) {
                plans.findById(summary.id()).map(ComprehensivePlan::initiatives).ifPresent(
                        initiatives -> initiatives.map(Initiative::code).forEach(all::add));
            }
            return all;
        }
    }
}
