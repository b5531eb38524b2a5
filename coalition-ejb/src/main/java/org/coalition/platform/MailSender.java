package org.coalition.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text e-mail through the SMTP server the configuration names ({@code COALITION_MAIL_SMTP_HOST},
 * {@code _PORT}, {@code _USER}, {@code _PASSWORD}, {@code _STARTTLS}, {@code COALITION_MAIL_FROM}). Without a
 * host, mail is off and nothing is sent.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    @ConfigProperty(name = "coalition.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "coalition.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "coalition.mail.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "coalition.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "coalition.mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "coalition.mail.from", defaultValue = "Coalition <coalition@localhost>")
    String from;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends the message to each recipient on its own (nobody sees the others' addresses); does nothing when mail is off. */
    public void send(List<String> to, String subject, String body) throws MessagingException {
        try (Outbox outbox = open()) {
            outbox.send(to, subject, body);
        }
    }

    /**
     * An outbox for a run of messages (the daily reminders of every coalition): one SMTP connection for all of them,
     * opened with the first message, instead of a connection, a greeting and a login per recipient.
     */
    public Outbox open() {
        return new Outbox();
    }

    /** Messages over one connection; a failed message closes it, and the next message opens another. */
    public final class Outbox implements AutoCloseable {

        private Session session;
        private Transport transport;

        private Outbox() {}

        /** Sends the message to each recipient on its own; does nothing when mail is off. */
        public void send(List<String> to, String subject, String body) throws MessagingException {
            if (!isConfigured() || to.isEmpty()) {
                return;
            }
            for (String address : to) {
                MimeMessage message = new MimeMessage(session());
                message.setFrom(new InternetAddress(from));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
                message.setSubject(subject, "UTF-8");
                message.setText(body, "UTF-8");
                message.saveChanges();
                try {
                    connected().sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    close();
                    throw e;
                }
            }
        }

        private Session session() {
            if (session == null) {
                Properties properties = new Properties();
                properties.put("mail.smtp.host", host.orElseThrow().strip());
                properties.put("mail.smtp.port", String.valueOf(port));
                properties.put("mail.smtp.connectiontimeout", "5000");
                properties.put("mail.smtp.timeout", "10000");
                properties.put("mail.smtp.writetimeout", "10000");
                properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
                properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
                properties.put("mail.smtp.auth", String.valueOf(authenticates()));
                session = Session.getInstance(properties);
            }
            return session;
        }

        private Transport connected() throws MessagingException {
            if (transport == null || !transport.isConnected()) {
                transport = session().getTransport("smtp");
                if (authenticates()) {
                    transport.connect(user.orElseThrow(), password.orElse(""));
                } else {
                    transport.connect();
                }
            }
            return transport;
        }

        /** Says goodbye to the server; a connection that will not close cleanly is dropped. */
        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // the messages sent are sent; the connection goes either way
                }
                transport = null;
            }
        }
    }

    private boolean authenticates() {
        return user.filter(u -> !u.isBlank()).isPresent();
    }
}
