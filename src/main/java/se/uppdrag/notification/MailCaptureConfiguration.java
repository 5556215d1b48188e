package se.uppdrag.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: an SMTP server on 127.0.0.1 that keeps every mail in memory, so nothing is lost
 * and nothing leaves the machine. Off in production (uppdrag.mail.capture.enabled=false).
 */
@Configuration
@ConditionalOnProperty(name = "uppdrag.mail.capture.enabled", havingValue = "true")
class MailCaptureConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail mailCapture(@Value("${uppdrag.mail.capture.port}") int port) {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }
}
