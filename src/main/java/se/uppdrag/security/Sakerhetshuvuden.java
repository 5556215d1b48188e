package se.uppdrag.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The security headers of every response. The Content-Security-Policy is what Vaadin Flow's production bundle needs
 * and no more: the bootstrap page starts the client engine with an inline script and the engine builds functions from
 * the expressions the server sends ({@code executeJs}), hence {@code 'unsafe-inline' 'unsafe-eval'} for scripts;
 * components set inline styles, hence {@code 'unsafe-inline'} for styles (Vaadin's documentation, "Content Security
 * Policy"). Everything else comes from the application itself; nothing may frame it. HSTS is Spring Security's
 * default: sent on secure requests only (behind the TLS proxy: {@code X-Forwarded-Proto: https} from a trusted proxy).
 */
final class Sakerhetshuvuden {

    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    /** Features the application never uses; only names Chromium knows (an unknown one is a console error). */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()";

    private Sakerhetshuvuden() {
    }

    static void tillampa(HttpSecurity http) {
        http.headers(Sakerhetshuvuden::huvuden);
    }

    private static void huvuden(HeadersConfigurer<HttpSecurity> huvuden) {
        // Written before the request goes on, not when the response is committed: Vaadin's bootstrap page is
        // otherwise sent without them (and with Vaadin's own X-Frame-Options: SAMEORIGIN).
        huvuden.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        huvuden.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(policy -> policy.policy(PERMISSIONS_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }
}
