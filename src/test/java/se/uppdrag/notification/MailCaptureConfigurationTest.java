package se.uppdrag.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** The embedded mail capture of the development setup, with the app's own, auto-configured mail sender. */
@ExtendWith(OutputCaptureExtension.class)
class MailCaptureConfigurationTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(MailCaptureConfiguration.class)
            .withPropertyValues("uppdrag.mail.capture.enabled=true", "spring.mail.host=127.0.0.1",
                    "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000");

    @Test
    void a_taken_port_gives_the_capture_a_free_one_and_mail_sent_by_the_app_arrives_there(CapturedOutput logg) throws Exception {
        try (var upptagen = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = upptagen.getLocalPort();
            app.withPropertyValues("uppdrag.mail.capture.port=" + port, "spring.mail.port=" + port).run(context -> {
                assertThat(context).hasNotFailed();
                var fangst = context.getBean(GreenMail.class);
                int annan = fangst.getSmtp().getPort();
                assertThat(annan).isPositive().isNotEqualTo(port);

                context.getBean(JavaMailSender.class).send(brev("Fångad trots upptagen port"));

                assertThat(fangst.waitForIncomingEmail(5000, 1)).isTrue();
                assertThat(fangst.getReceivedMessages()[0].getSubject()).isEqualTo("Fångad trots upptagen port");
                assertThat(logg).contains("Mail is captured, not sent: SMTP on 127.0.0.1:" + annan + " (port " + port + " is taken");
            });
        }
    }

    @Test
    void a_free_port_is_taken_as_configured_and_the_app_sends_there(CapturedOutput logg) throws Exception {
        int port;
        try (var ledig = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = ledig.getLocalPort();
        }
        app.withPropertyValues("uppdrag.mail.capture.port=" + port, "spring.mail.port=1").run(context -> {
            var fangst = context.getBean(GreenMail.class);
            assertThat(fangst.getSmtp().getPort()).isEqualTo(port);

            context.getBean(JavaMailSender.class).send(brev("Fångad på sin port"));

            assertThat(fangst.waitForIncomingEmail(5000, 1)).isTrue();
            assertThat(logg).contains("Mail is captured, not sent: SMTP on 127.0.0.1:" + port + ", read it in Utkorg");
        });
    }

    @Test
    void port_0_means_any_free_port() {
        app.withPropertyValues("uppdrag.mail.capture.port=0").run(context -> {
            var fangst = context.getBean(GreenMail.class);
            assertThat(fangst.getSmtp().getPort()).isPositive();

            context.getBean(JavaMailSender.class).send(brev("Fångad på vilken port som helst"));

            assertThat(fangst.waitForIncomingEmail(5000, 1)).isTrue();
        });
    }

    @Test
    void without_the_capture_the_mail_settings_are_left_alone() {
        app.withPropertyValues("uppdrag.mail.capture.enabled=false", "spring.mail.port=2525").run(context -> {
            assertThat(context).doesNotHaveBean(GreenMail.class);
            assertThat(context.getBean(org.springframework.mail.javamail.JavaMailSenderImpl.class).getPort()).isEqualTo(2525);
        });
    }

    private static SimpleMailMessage brev(String amne) {
        var brev = new SimpleMailMessage();
        brev.setFrom("uppdrag@region.example");
        brev.setTo("mottagare@region.example");
        brev.setSubject(amne);
        brev.setText("Hej");
        return brev;
    }
}
