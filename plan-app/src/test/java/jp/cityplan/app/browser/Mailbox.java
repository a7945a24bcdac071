package jp.cityplan.app.browser;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The e-mails GreenMail received for one address, waited for with a bound instead of a fixed sleep. */
public final class Mailbox {

    private final GreenMailOperations server;
    private final String address;

    public Mailbox(GreenMailOperations server, String address) {
        this.server = server;
        this.address = address;
    }

    /** Waits up to {@code timeout} for a message to this address whose subject contains {@code subjectPart}. */
    public Mail await(String subjectPart, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Mail> found = received().stream().filter(mail -> mail.subject().contains(subjectPart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no e-mail to " + address + " with subject containing " + subjectPart
                        + " within " + timeout.toSeconds() + " s; received: "
                        + received().stream().map(Mail::subject).toList());
            }
            // GreenMail's own wait: returns as soon as one more message arrives (or after the slice)
            server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
        }
    }

    /** Every message received for this address, oldest first. */
    public List<Mail> received() {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .map(recipient -> ((InternetAddress) recipient).getAddress()).toList();
                if (to.contains(address)) {
                    mails.add(new Mail(to, message.getSubject(), String.valueOf(message.getContent())));
                }
            } catch (MessagingException | IOException unreadable) {
                throw new IllegalStateException("GreenMail holds a message that cannot be read", unreadable);
            }
        }
        return mails;
    }

    /** One e-mail as the citizen reads it. */
    public record Mail(List<String> to, String subject, String body) {
    }
}
