package jp.cityplan.app.adapter.out.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import jp.cityplan.domain.committee.Application;
import jp.cityplan.domain.committee.ApplicantNotifications;
import jp.cityplan.domain.committee.ApplicationOutcome;
import jp.cityplan.domain.committee.Committee;
import jp.cityplan.domain.committee.CommitteeRecruitment;
import jp.cityplan.domain.committee.Ineligibility;
import jp.cityplan.domain.committee.Term;
import jp.cityplan.domain.shared.JapaneseDates;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Tells applicants by e-mail why they are not eligible and what the selection decided, from the proposals' sender
 * address. Logs name the application number only, never an address; a failure is thrown so the job retries.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class MailApplicantNotifications implements ApplicantNotifications {

    private final JavaMailSender sender;
    private final MailTemplates templates;
    private final ProposalMailSettings settings;

    @Override
    public void tellIneligible(Application application, CommitteeRecruitment recruitment) {
        Map<String, Object> variables = variables(application, recruitment, null);
        variables.put("reasons", application.ineligibilities().stream().map(Ineligibility::explanation).toList());
        send("committee-ineligible", application, variables);
    }

    @Override
    public void tellResult(Application application, CommitteeRecruitment recruitment, Committee committee) {
        Map<String, Object> variables = variables(application, recruitment, committee);
        boolean selected = application.outcome() == ApplicationOutcome.SELECTED;
        Term term = committee.termStarting(recruitment.terms().termStartsOn());
        variables.put("selected", selected);
        variables.put("termStartsOn", JapaneseDates.format(term.startsOn()));
        variables.put("termEndsOn", JapaneseDates.format(term.endsOn()));
        variables.put("termStartsOnIso", term.startsOn().toString());
        variables.put("termEndsOnIso", term.endsOn().toString());
        variables.put("lotterySeed", recruitment.lottery().map(draw -> draw.seed()).orElse(null));
        variables.put("lotteryWitnesses", recruitment.lottery().map(draw -> draw.witnesses()).orElse(null));
        variables.put("lotteryList", recruitment.lottery().map(draw -> String.join(", ",
                draw.list().stream().map(Object::toString).toList())).orElse(null));
        send("committee-result", application, variables);
    }

    private Map<String, Object> variables(Application application, CommitteeRecruitment recruitment,
                                          Committee committee) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicationNumber", application.number().value());
        variables.put("recruitmentId", recruitment.id().value());
        variables.put("committee", committee == null ? "審議会等" : committee.name());
        variables.put("city", settings.cityName());
        variables.put("cityEn", settings.cityNameEn());
        variables.put("senderName", settings.senderName());
        return variables;
    }

    private void send(String template, Application application, Map<String, Object> variables) {
        MailTemplates.RenderedMail mail = templates.render(template, variables);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(settings.from(), settings.senderName(), StandardCharsets.UTF_8.name()));
            helper.setReplyTo(settings.replyTo());
            helper.setTo(application.applicant().email());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            message.setHeader("Auto-Submitted", "auto-generated");
            sender.send(message);
        } catch (MessagingException | MailException | UnsupportedEncodingException e) {
            log.warn("Could not send the {} mail of application {}: {}", template, application.number(),
                    ProposalMailer.kinds(e));
            throw new IllegalStateException("the " + template + " mail of application " + application.number()
                    + " could not be sent");
        }
        log.info("Sent the {} mail of application {}", template, application.number());
    }
}
