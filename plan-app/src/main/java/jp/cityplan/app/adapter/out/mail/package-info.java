/**
 * Sends the proposal process's e-mails through Spring's {@link org.springframework.mail.javamail.JavaMailSender}:
 * to citizens ({@link jp.cityplan.app.adapter.out.mail.MailCitizenNotifications}) and to the members of a
 * division's Camunda group ({@link jp.cityplan.app.adapter.out.mail.MailStaffNotifications}).
 * <p>
 * Messages are plain text, Japanese with English lines, from the Thymeleaf TEXT templates under
 * {@code resources/mail/} (the first line of a template is the subject). Nothing personal is logged: log lines and
 * exceptions name the receipt number and the kind of message only. A message that cannot be sent fails the call,
 * so that the engine's job is retried and ends in an incident staff can see.
 */
package jp.cityplan.app.adapter.out.mail;
