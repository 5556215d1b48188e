package se.uppdrag.security;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;

/**
 * Denied access as audit events (NEKAD_ATKOMST), once each: a service call refused by method security (Spring
 * Security's {@link AuthorizationDeniedEvent}, published by the {@link AuthorizationEventPublisher} bean; the UI's
 * error handler only shows the message) and a view refused by Vaadin's navigation access control (its decision
 * resolver, which then sends the user to the not-found page). Only signed-in users are logged: an anonymous visitor
 * sent to the login page is the normal way in, not an incident.
 */
@Configuration(proxyBeanMethods = false)
class NekadAtkomstLoggning {

    private final Sakerhetslogg logg;

    NekadAtkomstLoggning(Sakerhetslogg logg) {
        this.logg = logg;
    }

    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /** Vaadin's default (annotations on the views), with the final decision reported. */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(
            org.springframework.beans.factory.ObjectProvider<Sakerhetslogg> logg) {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
                .withDecisionResolver(new LoggandeBeslut(logg));
    }

    @EventListener
    void nekad(AuthorizationDeniedEvent<?> handelse) {
        var vem = handelse.getAuthentication().get();
        if (!inloggad(vem)) {
            return;
        }
        var vad = switch (handelse.getObject()) {
            case MethodInvocation anrop -> "Anrop " + metod(anrop);
            case MethodInvocationResult resultat -> "Resultat av " + metod(resultat.getMethodInvocation());
            case HttpServletRequest fraga -> "Adress " + fraga.getMethod() + " " + fraga.getRequestURI();
            default -> String.valueOf(handelse.getObject());
        };
        logg.loggaFor(Sakerhetshandelse.Typ.NEKAD_ATKOMST, vem.getName(), vad + " nekades");
    }

    private static String metod(MethodInvocation anrop) {
        return anrop.getMethod().getDeclaringClass().getSimpleName() + "." + anrop.getMethod().getName();
    }

    static boolean inloggad(Authentication vem) {
        return vem != null && vem.isAuthenticated() && !(vem instanceof AnonymousAuthenticationToken);
    }

    /** Resolves as Vaadin does and logs a denial of a signed-in user's navigation. */
    private record LoggandeBeslut(org.springframework.beans.factory.ObjectProvider<Sakerhetslogg> logg)
            implements AccessCheckDecisionResolver {

        private static final DefaultAccessCheckDecisionResolver VAADIN = new DefaultAccessCheckDecisionResolver();

        @Override
        public AccessCheckResult resolve(List<AccessCheckResult> resultat, NavigationContext kontext) {
            var beslut = VAADIN.resolve(resultat, kontext);
            if (beslut.decision() != AccessCheckDecision.ALLOW && kontext.getPrincipal() != null
                    && kontext.isNavigating() && !kontext.isErrorHandling()) {
                logg.getObject().loggaFor(Sakerhetshandelse.Typ.NEKAD_ATKOMST, kontext.getPrincipal().getName(),
                        "Vyn /" + kontext.getLocation().getPath() + " (" + kontext.getNavigationTarget().getSimpleName()
                                + ") nekades");
            }
            return beslut;
        }
    }
}
