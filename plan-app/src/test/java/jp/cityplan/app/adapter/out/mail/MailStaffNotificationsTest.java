package jp.cityplan.app.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jp.cityplan.domain.proposal.ReceiptNumber;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders and escalations to the members of a division's Camunda group, read from a real (in-memory) engine's
 * identity service, sent through GreenMail.
 */
@SpringBootTest(classes = MailStaffNotificationsTest.MailContext.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MailStaffNotificationsTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final ReceiptNumber RECEIPT_NUMBER = new ReceiptNumber("P2026-00042");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Configuration
    @ImportAutoConfiguration(MailSenderAutoConfiguration.class)
    @Import({MailStaffNotifications.class, ProposalMailer.class, MailTemplates.class})
    static class MailContext {

        @Bean
        ProposalMailSettings proposalMailSettings() {
            return MailFixtures.SETTINGS;
        }

        @Bean(destroyMethod = "close")
        ProcessEngine processEngine() {
            ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                    ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration();
            // group ids as in the organisation file: div-<name> and div-<name>-heads
            configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
            return configuration
                    .setProcessEngineName("staff-mail-" + UUID.randomUUID())
                    .setJdbcUrl("jdbc:h2:mem:staff-mail-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                    .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                    .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                    .setJobExecutorActivate(false)
                    .buildProcessEngine();
        }

        @Bean
        IdentityService identityService(ProcessEngine processEngine) {
            IdentityService identity = processEngine.getIdentityService();
            group(identity, "div-policy-promotion");
            group(identity, "div-policy-promotion-heads");
            group(identity, "div-civil-engineering");
            group(identity, "no-addresses");
            user(identity, "sato", "sato@city.nihonmatsu.example", "div-policy-promotion");
            user(identity, "suzuki", "suzuki@city.nihonmatsu.example", "div-policy-promotion");
            user(identity, "takahashi", null, "div-policy-promotion", "no-addresses");
            user(identity, "tanaka", "tanaka@city.nihonmatsu.example", "div-policy-promotion-heads");
            user(identity, "ito", "ito@city.nihonmatsu.example", "div-civil-engineering");
            return identity;
        }

        private static void group(IdentityService identity, String id) {
            identity.saveGroup(identity.newGroup(id));
        }

        private static void user(IdentityService identity, String id, String email, String... groups) {
            User user = identity.newUser(id);
            user.setEmail(email);
            identity.saveUser(user);
            for (String group : groups) {
                identity.createMembership(id, group);
            }
        }
    }

    @Autowired
    private MailStaffNotifications notifications;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void a_reminder_goes_as_one_message_to_every_member_of_the_division_with_an_address() throws Exception {
        notifications.remindDivision("div-policy-promotion", RECEIPT_NUMBER, MailFixtures.DUE_ON);

        assertThat(SMTP.waitForIncomingEmail(5_000, 2)).isTrue();
        MimeMessage[] copies = SMTP.getReceivedMessages();
        assertThat(copies).hasSize(2);
        assertThat(Arrays.stream(copies).map(this::messageId).distinct()).hasSize(1);
        MimeMessage mail = copies[0];
        assertThat(to(mail)).containsExactlyInAnyOrder("sato@city.nihonmatsu.example", "suzuki@city.nihonmatsu.example");
        assertThat(mail.getSubject()).isEqualTo("【二本松市】市民提案の回答期限が近づいています（受付番号 P2026-00042）");
        assertThat((String) mail.getContent()).contains("P2026-00042", "令和8年4月24日（金）", "2026-04-24",
                "div-policy-promotion", "https://intra.city.nihonmatsu.example/camunda/app/tasklist/");
    }

    @Test
    void an_overdue_case_is_escalated_to_the_divisions_heads_group() throws Exception {
        notifications.escalateOverdue("div-policy-promotion", RECEIPT_NUMBER, MailFixtures.DUE_ON);

        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(to(received[0])).containsExactly("tanaka@city.nihonmatsu.example");
        assertThat(received[0].getSubject())
                .isEqualTo("【二本松市】市民提案の回答期限を過ぎています（受付番号 P2026-00042）");
        assertThat((String) received[0].getContent()).contains("P2026-00042", "令和8年4月24日（金）");
    }

    @Test
    void a_group_whose_members_have_no_address_fails_so_the_job_shows_an_incident() {
        assertThatThrownBy(() -> notifications.remindDivision("no-addresses", RECEIPT_NUMBER, MailFixtures.DUE_ON))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-addresses")
                .hasMessageContaining("P2026-00042");
        assertThatThrownBy(() -> notifications.escalateOverdue("div-civil-engineering", RECEIPT_NUMBER, MailFixtures.DUE_ON))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("div-civil-engineering-heads");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private List<String> to(MimeMessage mail) throws Exception {
        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                .map(address -> ((InternetAddress) address).getAddress()).toList();
    }

    private String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
