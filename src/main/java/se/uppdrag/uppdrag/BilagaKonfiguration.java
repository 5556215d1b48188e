package se.uppdrag.uppdrag;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web server's limits on uploads follow {@link Bilageregler}. The upload field sends each file as the raw body of a
 * request of its own; should it send multipart/form-data instead, the servlet's multipart limits apply (Spring Boot's
 * defaults, 1 MB a file and 10 MB a request, are what refused files the field had promised to take). Tomcat's limit
 * on how much of a refused request it reads on (max-swallow-size) is set from the same property in
 * application.properties, so that a refusal reaches the browser as an answer instead of a broken connection.
 */
@Configuration(proxyBeanMethods = false)
class BilagaKonfiguration {

    /** Room for the multipart framing around one file of the largest size allowed. */
    private static final long RAMAR = 64 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(Bilageregler regler) {
        return new MultipartConfigElement("", regler.maxByte(), regler.maxByte() + RAMAR, 0);
    }
}
