package se.uppdrag.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Unexpected errors become a calm Swedish message for the user and a stack trace in the log, never on screen. */
@Component
class FelhanteringConfiguration implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FelhanteringConfiguration.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(felhanterare()));
    }

    private static ErrorHandler felhanterare() {
        return error -> {
            var ui = UI.getCurrent();
            var nekad = orsak(error.getThrowable()) instanceof AccessDeniedException;
            if (!nekad) {
                log.error("Oväntat fel i användargränssnittet", error.getThrowable());
            }
            if (ui != null) {
                ui.access(() -> {
                    var text = ui.getTranslation(nekad ? "fel.behorighet" : "fel.ovantat");
                    var notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        };
    }

    private static Throwable orsak(Throwable throwable) {
        var orsak = throwable;
        while (orsak.getCause() != null && !(orsak instanceof AccessDeniedException)) {
            orsak = orsak.getCause();
        }
        return orsak;
    }
}
