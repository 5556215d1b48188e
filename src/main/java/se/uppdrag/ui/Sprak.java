package se.uppdrag.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Swedish by default; English when the user chooses it (kept for the session), the connection indicator too. */
@Component
class Sprak implements VaadinServiceInitListener {

    static final Locale SVENSKA = Locale.of("sv", "SE");
    static final Locale ENGELSKA = Locale.ENGLISH;
    static final List<Locale> VALBARA = List.of(SVENSKA, ENGELSKA);
    private static final String ATTRIBUT = "uppdrag.sprak";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(valt(init.getUI().getSession()));
            Anslutningstexter.tillampa(init.getUI());
        });
        // <html lang> in the chosen language (WCAG 3.1.1): Vaadin would otherwise take the first translation file's.
        event.addIndexHtmlRequestListener(svar -> svar.getDocument().getElementsByTag("html")
                .attr("lang", (VaadinSession.getCurrent() == null ? SVENSKA : valt(VaadinSession.getCurrent())).getLanguage()));
    }

    static Locale valt(VaadinSession session) {
        var valt = session.getAttribute(ATTRIBUT);
        return valt instanceof Locale locale ? locale : SVENSKA;
    }

    static void valj(VaadinSession session, Locale locale) {
        session.setAttribute(ATTRIBUT, locale);
    }
}
