package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** Common ground of the task forms: run the service call, show a refusal at the field it concerns. */
abstract class Formularbas extends VerticalLayout {

    private final Runnable klar;

    Formularbas(Runnable klar) {
        this.klar = klar;
        setPadding(false);
        addClassName("uppgiftsformular");
    }

    /** Runs the action; on success the inbox moves on, on a refusal the message is shown at {@code falt}. */
    void utfor(Runnable atgard, @Nullable HasValidation falt) {
        try {
            atgard.run();
            klar.run();
        } catch (IllegalArgumentException | IllegalStateException ogiltigt) {
            if (falt != null) {
                falt.setErrorMessage(ogiltigt.getMessage());
                falt.setInvalid(true);
            }
            Notification.show(ogiltigt.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException nekad) {
            Notification.show(nekad.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    TextArea kommentar(String etikettNyckel) {
        var text = new TextArea(getTranslation(etikettNyckel));
        text.setWidthFull();
        text.setMaxLength(4000);
        text.setMinRows(3);
        return text;
    }
}
