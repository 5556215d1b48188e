package se.uppdrag.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.drift.Driftfel;

/**
 * Shown instead of Vaadin's error page when opening a view fails: a calm Swedish message for the user,
 * the stack trace only in the log. With the database away it says to try again in a while (503).
 */
@AnonymousAllowed
public class FelView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(FelView.class);
    private String titel = "";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var nekad = parameter.getCaughtException() instanceof AccessDeniedException
                || parameter.getCaughtException().getCause() instanceof AccessDeniedException;
        var borta = !nekad && Driftfel.databasenBorta(parameter.getCaughtException());
        if (borta) {
            log.warn("Vyn {} kunde inte visas, databasen svarar inte: {}", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
        } else if (!nekad) {
            log.error("Vyn {} kunde inte visas", event.getLocation().getPath(), parameter.getCaughtException());
        }
        removeAll();
        titel = getTranslation(nekad ? "fel.behorighet.rubrik" : "fel.vy.rubrik");
        add(new H1(titel),
                new Paragraph(getTranslation(nekad ? "fel.behorighet" : borta ? "fel.otillganglig" : "fel.ovantat")),
                new Anchor("uppgifter", getTranslation("uppgift.till-inkorgen")));
        return nekad ? HttpServletResponse.SC_FORBIDDEN
                : borta ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return titel + " – " + getTranslation("app.namn");
    }
}
