package jp.cityplan.app.adapter.out.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.cityplan.domain.publicworks.CommitteeReminders;
import jp.cityplan.domain.publicworks.EvaluationReference;
import jp.cityplan.domain.shared.JapaneseDates;
import jp.cityplan.workflow.publicworks.PublicWorksSettings;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Reminds the evaluation committee of a meeting by one e-mail to the members of the committee group (from the city's
 * sender address). A committee without any address fails the call, so the job's incident shows it. The log names the
 * evaluation and the number of recipients, never an address.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class MailCommitteeReminders implements CommitteeReminders {

    private final JavaMailSender sender;
    private final IdentityService identityService;
    private final ProposalMailSettings mail;
    private final PublicWorksSettings settings;

    @Override
    public void remindOfMeeting(EvaluationReference reference, LocalDate meetingOn) {
        List<String> recipients = identityService.createUserQuery().memberOfGroup(settings.committeeGroup())
                .orderByUserId().asc().listPage(0, MailStaffNotifications.MAX_RECIPIENTS).stream()
                .map(User::getEmail).filter(Objects::nonNull).map(String::strip).filter(a -> !a.isEmpty())
                .distinct().toList();
        if (recipients.isEmpty()) {
            throw new IllegalStateException("no member of the evaluation committee has an e-mail address: the "
                    + "meeting reminder of " + reference + " cannot be sent");
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(mail.from(), mail.senderName(), StandardCharsets.UTF_8.name()));
            helper.setTo(recipients.toArray(String[]::new));
            helper.setSubject("【" + mail.cityName() + "】公共事業評価委員会の開催について（" + reference + "）");
            helper.setText("公共事業評価委員会 委員各位\n\n" + JapaneseDates.formatWithDayOfWeek(meetingOn)
                    + " に評価委員会を開催します。\n評価番号 " + reference + " の意見の入力をお願いします（Tasklist）。\n\n"
                    + mail.senderName() + "\n", false);
            message.setHeader("Auto-Submitted", "auto-generated");
            sender.send(message);
        } catch (MessagingException | MailException | UnsupportedEncodingException e) {
            log.warn("Could not send the meeting reminder of {}: {}", reference, ProposalMailer.kinds(e));
            throw new IllegalStateException("the meeting reminder of " + reference + " could not be sent");
        }
        log.info("Sent the meeting reminder of {} to {} recipient(s)", reference, recipients.size());
    }
}
