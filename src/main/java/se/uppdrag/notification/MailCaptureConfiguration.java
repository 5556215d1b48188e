package se.uppdrag.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default: an SMTP server on 127.0.0.1 that keeps every mail in memory, so nothing is lost
 * and nothing leaves the machine. Off in production (uppdrag.mail.capture.enabled=false).
 * <p>
 * It listens on uppdrag.mail.capture.port (3025), or on a free port when that one is taken (a second instance on
 * the same machine) or set to 0; the app's mail sender always sends to wherever it listens.
 */
@Configuration
@ConditionalOnProperty(name = "uppdrag.mail.capture.enabled", havingValue = "true")
class MailCaptureConfiguration {

    static final String HOST = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(MailCaptureConfiguration.class);

    @Bean(destroyMethod = "stop")
    GreenMail mailCapture(@Value("${uppdrag.mail.capture.port}") int port) {
        var setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        boolean taken = port != 0 && !free(port);
        var capture = new GreenMail(taken || port == 0 ? setup.dynamicPort() : setup);
        capture.start();
        int actual = capture.getSmtp().getPort();
        log.info("Mail is captured, not sent: SMTP on {}:{}{}, read it in Utkorg", HOST, actual,
                taken ? " (port " + port + " is taken, set uppdrag.mail.capture.port to choose another)" : "");
        return capture;
    }

    /** Points the app's own mail sender (spring.mail.*) at the capture, on whichever port it got. */
    @Bean
    static BeanPostProcessor mailSenderToCapture(ObjectProvider<GreenMail> capture) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof JavaMailSenderImpl sender) {
                    sender.setHost(HOST);
                    sender.setPort(capture.getObject().getSmtp().getPort());
                }
                return bean;
            }
        };
    }

    private static boolean free(int port) {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }
}
