package se.uppdrag.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/**
 * The idle timeout that holds with a tab open. Every new session gets {@code uppdrag.session.inaktiv} as its idle
 * time (to the second; Tomcat's own setting counts whole minutes). Vaadin's heartbeat would keep an open tab's session
 * alive forever: {@link Sessionsfilter} ends a session whose last request but heartbeats is older than that, and with
 * {@code vaadin.closeIdleSessions=true} Vaadin too closes such a UI (when Vaadin closes the session for it, the HTTP
 * session is invalidated here as well). Vaadin's client, told that the session expired, goes straight to the login
 * page (system messages) instead of showing "Session expired" in English.
 */
@Component
class Sessionsslut implements VaadinServiceInitListener, HttpSessionListener {

    private final Sessionsregler regler;
    private final Sakerhetslogg logg;

    Sessionsslut(Sessionsregler regler, Sakerhetslogg logg) {
        this.regler = regler;
        this.logg = logg;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, regler.inaktiv().toSeconds()));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        var kontext = service instanceof VaadinServletService servlet ? servlet.getServlet().getServletContext().getContextPath() : "";
        var oversattning = service.getInstantiator().getI18NProvider();
        service.setSystemMessagesProvider(info -> {
            var meddelanden = new CustomizedSystemMessages();
            meddelanden.setSessionExpiredURL(kontext + Sessionsfilter.UTGANGEN);
            meddelanden.setSessionExpiredNotificationEnabled(false);
            meddelanden.setSessionExpiredCaption(oversattning.getTranslation("session.utgangen.rubrik", info.getLocale()));
            meddelanden.setSessionExpiredMessage(oversattning.getTranslation("session.utgangen.text", info.getLocale()));
            return meddelanden;
        });
        service.addSessionDestroyListener(destroy -> avslutaInloggningen(destroy.getSession()));
    }

    /** Vaadin closed an idle session while the HTTP session lives on (kept alive by heartbeats): end that too. */
    private void avslutaInloggningen(VaadinSession vaadin) {
        var request = VaadinRequest.getCurrent();
        var http = request == null ? null : request.getWrappedSession(false);
        if (http == null) {
            return; // logout or the container's own timeout: the HTTP session is going already
        }
        try {
            var anvandare = request.getUserPrincipal();
            http.invalidate();
            if (anvandare != null) {
                logg.loggaFor(Sakerhetshandelse.Typ.UTLOGGNING, anvandare.getName(), "Utloggad efter "
                        + regler.inaktiv().toMinutes() + " minuters inaktivitet");
            }
        } catch (IllegalStateException redanOgiltig) {
            // invalidated meanwhile
        }
    }
}
