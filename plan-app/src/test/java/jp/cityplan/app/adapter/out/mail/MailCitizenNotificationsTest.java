package jp.cityplan.app.adapter.out.mail;

import static jp.cityplan.app.adapter.out.mail.MailFixtures.CITIZEN_EMAIL;
import static jp.cityplan.app.adapter.out.mail.MailFixtures.LETTER_ONLY;
import static jp.cityplan.app.adapter.out.mail.MailFixtures.SECRET;
import static jp.cityplan.app.adapter.out.mail.MailFixtures.WITH_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import jp.cityplan.domain.proposal.CitizenProposal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The citizens' e-mails through Spring Boot's mail sender (configured by {@code application.yaml}, pointed at a
 * GreenMail SMTP server on a free port), as the citizen receives them.
 */
@SpringBootTest(classes = MailCitizenNotificationsTest.MailContext.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MailCitizenNotificationsTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Configuration
    @ImportAutoConfiguration(MailSenderAutoConfiguration.class)
    @Import({MailCitizenNotifications.class, ProposalMailer.class, MailTemplates.class})
    static class MailContext {

        @Bean
        ProposalMailSettings proposalMailSettings() {
            return MailFixtures.SETTINGS;
        }
    }

    @Autowired
    private MailCitizenNotifications notifications;

    @Autowired
    private MailTemplates templates;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void the_receipt_confirmation_tells_the_number_the_due_date_and_the_status_page_but_not_the_secret()
            throws Exception {
        CitizenProposal proposal = MailFixtures.received(WITH_EMAIL, true);

        notifications.confirmReceipt(proposal);

        MimeMessage mail = onlyMessage();
        assertThat(recipients(mail)).containsExactly(CITIZEN_EMAIL);
        assertThat(mail.getSubject()).isEqualTo("【二本松市】ご提案を受け付けました（受付番号 P2026-00001）");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("koho@city.nihonmatsu.example");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("二本松市 広報広聴係");
        assertThat(addresses(mail.getReplyTo())).containsExactly("kocho@city.nihonmatsu.example");
        String body = body(mail);
        assertThat(body).contains("受付番号 (Receipt number): P2026-00001",
                "回答予定日 (Expected answer by): 令和8年4月24日（金） (2026-04-24)",
                "受付日 (Received on): 令和8年4月6日（月）",
                "https://www.city.nihonmatsu.example/proposals/status?receiptNumber=P2026-00001",
                "照会用パスワードは、安全のため、このメールには記載していません。");
        assertThat(body).doesNotContain(SECRET.value(), SECRET.display(), SECRET.hash().value());
    }

    @Test
    void the_receipt_confirmation_repeats_the_subject_with_personal_data_masked() throws Exception {
        notifications.confirmReceipt(MailFixtures.received(WITH_EMAIL, true));

        String body = body(onlyMessage());
        assertThat(body).contains("件名 (Subject): 案内表示について（連絡先 ［電話番号］）")
                .doesNotContain("090-1234-5678", "吉田", "花子", "0243-23-1111", "金色403");
    }

    @Test
    void where_no_answer_is_wanted_the_confirmation_promises_none() throws Exception {
        notifications.confirmReceipt(MailFixtures.received(WITH_EMAIL, false));

        String body = body(onlyMessage());
        assertThat(body).contains("個別の回答はご希望されていないため、回答はお送りしません。")
                .doesNotContain("回答予定日", "2026-04-24");
    }

    @Test
    void the_answer_is_sent_with_its_text() throws Exception {
        notifications.sendAnswer(MailFixtures.answered(WITH_EMAIL));

        MimeMessage mail = onlyMessage();
        assertThat(recipients(mail)).containsExactly(CITIZEN_EMAIL);
        assertThat(mail.getSubject()).isEqualTo("【二本松市】ご提案への回答（受付番号 P2026-00001）");
        assertThat(body(mail)).contains("P2026-00001", MailFixtures.ANSWER_TEXT)
                .doesNotContain(SECRET.value(), SECRET.display());
    }

    @Test
    void a_case_without_an_answer_has_nothing_to_send() throws Exception {
        CitizenProposal received = MailFixtures.received(WITH_EMAIL, true);

        assertThatThrownBy(() -> notifications.sendAnswer(received))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("P2026-00001");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_rejection_gives_the_reason() throws Exception {
        notifications.tellRejected(MailFixtures.rejected(WITH_EMAIL));

        MimeMessage mail = onlyMessage();
        assertThat(recipients(mail)).containsExactly(CITIZEN_EMAIL);
        assertThat(mail.getSubject()).isEqualTo("【二本松市】ご提案の取り扱いについて（受付番号 P2026-00001）");
        assertThat(body(mail)).contains("P2026-00001", MailFixtures.REJECTION_REASON);
    }

    @Test
    void a_case_that_is_not_rejected_gets_no_rejection() {
        assertThatThrownBy(() -> notifications.tellRejected(MailFixtures.received(WITH_EMAIL, true)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RECEIVED");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void nothing_is_sent_where_the_case_has_no_e_mail_address() {
        notifications.confirmReceipt(MailFixtures.received(LETTER_ONLY, true));
        notifications.sendAnswer(MailFixtures.answered(LETTER_ONLY));
        notifications.tellRejected(MailFixtures.rejected(LETTER_ONLY));

        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_message_that_cannot_be_sent_fails_naming_the_receipt_number_but_no_address() throws Exception {
        JavaMailSenderImpl deadServer = new JavaMailSenderImpl();
        deadServer.setHost("127.0.0.1");
        deadServer.setPort(freePort());
        MailCitizenNotifications unreachable = new MailCitizenNotifications(
                new ProposalMailer(deadServer, templates, MailFixtures.SETTINGS), MailFixtures.SETTINGS);

        assertThatThrownBy(() -> unreachable.confirmReceipt(MailFixtures.received(WITH_EMAIL, true)))
                .isInstanceOf(NotificationFailedException.class)
                .hasMessageContaining("receipt confirmation of proposal P2026-00001")
                .hasMessageContaining("MailSendException")
                .hasNoCause()
                .message().doesNotContain(CITIZEN_EMAIL);
    }

    private static MimeMessage onlyMessage() {
        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static List<String> recipients(MimeMessage mail) throws Exception {
        return addresses(mail.getRecipients(Message.RecipientType.TO));
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(address -> ((InternetAddress) address).getAddress()).toList();
    }

    private static String body(MimeMessage mail) throws Exception {
        assertThat(mail.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        return (String) mail.getContent();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
