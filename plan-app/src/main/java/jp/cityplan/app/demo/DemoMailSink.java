package jp.cityplan.app.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * For the demo only ({@code demo.mail-sink.enabled}): an SMTP server inside the app on 127.0.0.1 at {@code spring.mail.port} (3025 in the demo profile) that keeps
 * every message in memory, so that receipts, answers and reminders can be sent without a real mail server. Read them
 * with any IMAP client on 127.0.0.1:3143 (user and password: the recipient's address). Messages are lost on stop.
 */
@Configuration
@ConditionalOnProperty(name = "demo.mail-sink.enabled", havingValue = "true")
public class DemoMailSink {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail demoMailServer(@Value("${spring.mail.port}") int smtpPort,
                             @Value("${demo.mail-sink.imap-port:3143}") int imapPort) {
        return new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
    }
}
