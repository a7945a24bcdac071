package jp.cityplan.app.adapter.out.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.cityplan.domain.proposal.ReceiptNumber;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Renders a message from its template and sends it as one plain-text UTF-8 message to all its recipients, from and
 * replied to at the configured addresses. Logs and exceptions name the receipt number only, never an address.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class ProposalMailer {

    private final JavaMailSender sender;
    private final MailTemplates templates;
    private final ProposalMailSettings settings;

    /**
     * @throws NotificationFailedException where the message could not be handed to the mail server
     */
    void send(MailKind kind, ReceiptNumber receiptNumber, List<String> recipients, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("receiptNumber", receiptNumber.value());
        all.put("city", settings.cityName());
        all.put("cityEn", settings.cityNameEn());
        all.put("senderName", settings.senderName());
        MailTemplates.RenderedMail mail = templates.render(kind.template(), all);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(settings.from(), settings.senderName(), StandardCharsets.UTF_8.name()));
            helper.setReplyTo(settings.replyTo());
            helper.setTo(recipients.toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            message.setHeader("Auto-Submitted", "auto-generated");
            sender.send(message);
        } catch (MessagingException | MailException | UnsupportedEncodingException e) {
            String reason = kinds(e);
            log.warn("Could not send the {} of proposal {}: {}", kind, receiptNumber, reason);
            throw new NotificationFailedException(receiptNumber, kind, reason);
        }
        log.info("Sent the {} of proposal {} to {} recipient(s)", kind, receiptNumber, recipients.size());
    }

    /** The failure's exception types, outermost first, without their messages (which may hold addresses). */
    static String kinds(Throwable failure) {
        List<String> kinds = new ArrayList<>();
        for (Throwable cause = failure; cause != null && kinds.size() < 8; cause = cause.getCause()) {
            kinds.add(cause.getClass().getSimpleName());
            if (cause instanceof MailSendException send) {
                for (Exception perMessage : send.getMessageExceptions()) {
                    kinds.add(perMessage.getClass().getSimpleName());
                }
            }
            if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                    && messaging.getNextException() != cause.getCause()) {
                kinds.add(messaging.getNextException().getClass().getSimpleName());
            }
        }
        return String.join(" < ", kinds);
    }
}
