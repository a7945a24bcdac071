package jp.cityplan.domain.publicworks;

import java.time.LocalDate;

/** Reminds the members of the evaluation committee of an upcoming meeting (an outside service: e-mail). */
public interface CommitteeReminders {

    void remindOfMeeting(EvaluationReference reference, LocalDate meetingOn);
}
