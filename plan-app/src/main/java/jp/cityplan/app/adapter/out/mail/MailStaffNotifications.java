package jp.cityplan.app.adapter.out.mail;

import jp.cityplan.domain.shared.JapaneseDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.cityplan.domain.proposal.ReceiptNumber;
import jp.cityplan.domain.proposal.StaffNotifications;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Reminds a division, and escalates an overdue case to its heads, by one e-mail per event to the members of the
 * division's Camunda group ({@code <division>}, or {@code <division>-heads}, the group the process gives the head's
 * approval to). A group without any member with an address fails the call: the job's incident makes the missing
 * address visible instead of the reminder silently going nowhere.
 */
@Component
@RequiredArgsConstructor
public class MailStaffNotifications implements StaffNotifications {

    /** The suffix of a division's heads' group, as in the process model's candidate groups. */
    static final String HEADS_GROUP_SUFFIX = "-heads";

    /** Members read per group at most: far more than any division has. */
    static final int MAX_RECIPIENTS = 500;

    private final ProposalMailer mailer;
    private final IdentityService identityService;
    private final ProposalMailSettings settings;

    @Override
    public void remindDivision(String division, ReceiptNumber receiptNumber, LocalDate answerDueOn) {
        send(MailKind.DIVISION_REMINDER, division, division, receiptNumber, answerDueOn);
    }

    @Override
    public void escalateOverdue(String division, ReceiptNumber receiptNumber, LocalDate answerDueOn) {
        send(MailKind.OVERDUE_ESCALATION, division, division + HEADS_GROUP_SUFFIX, receiptNumber, answerDueOn);
    }

    private void send(MailKind kind, String division, String group, ReceiptNumber receiptNumber,
                      LocalDate answerDueOn) {
        List<String> recipients = addressesOf(group);
        if (recipients.isEmpty()) {
            throw new IllegalStateException("no member of group '" + group + "' has an e-mail address: the "
                    + kind + " of proposal " + receiptNumber + " cannot be sent");
        }
        mailer.send(kind, receiptNumber, recipients, Map.of(
                "division", division,
                "answerDueOn", JapaneseDates.formatWithDayOfWeek(answerDueOn),
                "answerDueOnIso", answerDueOn.toString(),
                "tasklistUrl", settings.tasklist().toString()));
    }

    private List<String> addressesOf(String group) {
        return identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc()
                .listPage(0, MAX_RECIPIENTS).stream()
                .map(User::getEmail)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .distinct()
                .toList();
    }
}
