package jp.cityplan.workflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ProposalProcessSettingsTest {

    @Test
    void defaultsToTheFinalApproversTwoBusinessDaysAndOfficeHours() {
        ProposalProcessSettings settings = ProposalProcessSettings.defaults();

        assertThat(settings.finalApproverGroup()).isEqualTo("final-approvers");
        assertThat(settings.reminderBusinessDaysBefore()).isEqualTo(2);
        assertThat(settings.answerDueTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(settings.reminderTime()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void refusesAGroupThatIsNoGroupIdAndNegativeDays() {
        assertThatThrownBy(() -> new ProposalProcessSettings("副市長 室", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProposalProcessSettings("${evil}", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProposalProcessSettings("final-approvers", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
