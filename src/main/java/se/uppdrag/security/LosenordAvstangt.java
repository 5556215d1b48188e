package se.uppdrag.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import se.uppdrag.security.Sakerhetshandelse.Typ;

/**
 * Local passwords switched off ({@code uppdrag.inloggning.losenord.aktiv=false}): a POST to /login never reaches
 * the password check; it is logged and sent back to the login page, which then offers single sign-on only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "uppdrag.inloggning.losenord.aktiv", havingValue = false)
class LosenordAvstangt {

    static final String TILLBAKA = "/login?error=losenord";

    /** Spring Security applies every {@code Customizer<HttpSecurity>} bean to the filter chain it builds. */
    @Bean
    Customizer<HttpSecurity> losenordAvstangt(Sakerhetslogg logg) {
        return http -> http.addFilterBefore(new Filter(logg), UsernamePasswordAuthenticationFilter.class);
    }

    static final class Filter extends OncePerRequestFilter {

        private final Sakerhetslogg logg;

        Filter(Sakerhetslogg logg) {
            this.logg = logg;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var vag = request.getRequestURI().substring(request.getContextPath().length());
            if ("POST".equals(request.getMethod()) && vag.equals("/login")) {
                logg.loggaFor(Typ.MISSLYCKAD_INLOGGNING, request.getParameter("username"),
                        "Inloggning med lösenord är avstängd");
                response.sendRedirect(request.getContextPath() + TILLBAKA);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
