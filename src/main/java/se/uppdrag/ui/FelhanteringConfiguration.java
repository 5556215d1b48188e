package se.uppdrag.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.uppdrag.drift.Driftfel;

/**
 * Unexpected errors become a calm Swedish message for the user and a stack trace in the log, never on screen. Two kinds
 * of failure are not the user's or the application's fault and say so: a concurrent change (someone else acted first:
 * read the page again) and the database away (try again in a while); neither stored anything.
 */
@Component
class FelhanteringConfiguration implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FelhanteringConfiguration.class);

    private final List<Driftfel.Samtidighet> samtidighet;

    FelhanteringConfiguration(List<Driftfel.Samtidighet> samtidighet) {
        this.samtidighet = List.copyOf(samtidighet);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(felhanterare()));
    }

    ErrorHandler felhanterare() {
        return error -> {
            var ui = UI.getCurrent();
            var nyckel = nyckel(error.getThrowable());
            if (nyckel.equals("fel.ovantat")) {
                log.error("Oväntat fel i användargränssnittet", error.getThrowable());
            } else if (!nyckel.equals("fel.behorighet")) {
                log.warn("{}: {}", nyckel.equals("fel.samtidig-andring") ? "Samtidig ändring" : "Databasen svarar inte",
                        error.getThrowable().toString());
            }
            if (ui != null) {
                ui.access(() -> {
                    var notification = Notification.show(ui.getTranslation(nyckel), 8000, Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        };
    }

    /** The message key for an error nobody caught: refused, a concurrent change, the database away, or unexpected. */
    String nyckel(Throwable fel) {
        if (orsak(fel) instanceof AccessDeniedException) {
            return "fel.behorighet";
        }
        if (Driftfel.samtidigAndring(fel, samtidighet)) {
            return "fel.samtidig-andring";
        }
        return Driftfel.databasenBorta(fel) ? "fel.otillganglig" : "fel.ovantat";
    }

    private static Throwable orsak(Throwable throwable) {
        var orsak = throwable;
        while (orsak.getCause() != null && !(orsak instanceof AccessDeniedException)) {
            orsak = orsak.getCause();
        }
        return orsak;
    }
}
