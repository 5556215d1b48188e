package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.text.Meddelande;
import se.uppdrag.uppdrag.BilagaAvvisadException;
import se.uppdrag.uppdrag.SaknasForBeslutException;

/** Common ground of the task forms: run the service call, show a refusal at the field it concerns. */
abstract class Formularbas extends VerticalLayout {

    private final Runnable klar;
    /**
     * The form's keys, one per action (button), made when the form is built and kept across clicks: a submission sent
     * again after it went through is applied once and ends as the first did ({@code drift.Inlamningar}). A success
     * leaves the form, so doing it again is a new form with new keys.
     */
    private final java.util.Map<String, java.util.UUID> nycklar = new java.util.HashMap<>();

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
            var text = meddelande(ogiltigt);
            if (falt != null) {
                falt.setErrorMessage(text);
                falt.setInvalid(true);
            }
            Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException nekad) {
            Notification.show(Meddelande.text(nekad, this::getTranslation), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** This form's key for the action {@code atgard}, the same at every click. */
    java.util.UUID nyckel(String atgard) {
        return nycklar.computeIfAbsent(atgard, a -> java.util.UUID.randomUUID());
    }

    /** The form's key of its one action. */
    java.util.UUID nyckel() {
        return nyckel("");
    }

    /** A refusal in the user's language (by its message key; one without a key shows its own message). */
    String meddelande(RuntimeException fel) {
        return switch (fel) {
            case SaknasForBeslutException saknas -> BeslutskravSammanfattning.text(this, saknas.saknas());
            case BilagaAvvisadException avvisad -> Bilagetexter.meddelande(this, avvisad);
            default -> Meddelande.text(fel, this::getTranslation);
        };
    }

    TextArea kommentar(String etikettNyckel) {
        var text = new TextArea(getTranslation(etikettNyckel));
        text.setWidthFull();
        text.setMaxLength(4000);
        text.setMinRows(3);
        return text;
    }
}
