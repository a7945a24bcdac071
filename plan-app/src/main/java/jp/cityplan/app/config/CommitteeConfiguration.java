package jp.cityplan.app.config;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.function.Supplier;
import jp.cityplan.domain.committee.ApplicationIntake;
import jp.cityplan.domain.committee.Applications;
import jp.cityplan.domain.committee.CommitteeRecruitments;
import jp.cityplan.domain.committee.Committees;
import jp.cityplan.domain.committee.MemberSelection;
import jp.cityplan.domain.committee.RecruitmentRules;
import jp.cityplan.workflow.committee.CommitteeRecruitmentSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the committee recruitment domain explicitly from the {@code committee.*} settings. */
@Configuration
@EnableConfigurationProperties(CommitteeConfiguration.CommitteeProperties.class)
public class CommitteeConfiguration {

    @Bean
    Supplier<RecruitmentRules> recruitmentRules(CommitteeProperties properties) {
        RecruitmentRules rules = new RecruitmentRules(properties.minimumPeriod(), properties.maximumEssayLimit());
        return () -> rules;
    }

    @Bean
    MemberSelection memberSelection(Committees committees, CommitteeRecruitments recruitments,
                                    Applications applications, Supplier<RecruitmentRules> recruitmentRules, Clock clock) {
        return new MemberSelection(committees, recruitments, applications, recruitmentRules, clock);
    }

    @Bean
    ApplicationIntake applicationIntake(CommitteeRecruitments recruitments, Applications applications, Clock clock) {
        return new ApplicationIntake(recruitments, applications, clock);
    }

    @Bean
    CommitteeRecruitmentSettings committeeRecruitmentSettings(CommitteeProperties properties) {
        return new CommitteeRecruitmentSettings(properties.finalApproverGroup(), properties.panelGroup(),
                properties.nextRecruitmentLeadTime(), properties.closingTime());
    }

    /**
     * The city's settings for recruitments ({@code committee.*}).
     *
     * @param minimumPeriod           the shortest period a call may be open (3 weeks)
     * @param maximumEssayLimit       the longest essay a recruitment may ask for, in characters
     * @param finalApproverGroup      who approves a selection
     * @param panelGroup              the selection panel's group
     * @param nextRecruitmentLeadTime how long before a term ends the next recruitment starts
     * @param closingTime             time of day (Asia/Tokyo) recruitments close
     */
    @ConfigurationProperties("committee")
    public record CommitteeProperties(@DefaultValue("P21D") Duration minimumPeriod,
                                      @DefaultValue("2000") int maximumEssayLimit,
                                      @DefaultValue("final-approvers") String finalApproverGroup,
                                      @DefaultValue("selection-panel") String panelGroup,
                                      @DefaultValue("P6M") Period nextRecruitmentLeadTime,
                                      @DefaultValue("17:00") LocalTime closingTime) {
    }
}
