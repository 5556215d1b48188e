package se.uppdrag.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonService;
import se.uppdrag.personer.PersonValjare;
import se.uppdrag.security.AnvandareService;
import se.uppdrag.security.Anvandarnamn;
import se.uppdrag.security.Inloggning;
import se.uppdrag.security.NyInloggning;
import se.uppdrag.security.Regelbrott;

/** A login for a person from the directory: username (suggested from the e-mail) and roles, never a password. */
class NyInloggningDialog extends Dialog {

    /** One key per dialog: "Spara" sent again (its reply never came) makes one, not a second or a refusal. */
    private final java.util.UUID nyckel = java.util.UUID.randomUUID();

    private final ComboBox<Person> person;
    private final TextField anvandarnamn = new TextField();
    private String forslag = "";

    NyInloggningDialog(AnvandareService anvandare, PersonService personer, Consumer<Inloggning> skapad) {
        setHeaderTitle(getTranslation("inloggning.dialog.ny"));
        person = PersonValjare.en(personer, getTranslation("inloggning.falt.person"));
        person.setRequiredIndicatorVisible(true);
        person.addValueChangeListener(e -> foreslaAnvandarnamn(e.getValue()));
        anvandarnamn.setLabel(getTranslation("inloggning.falt.anvandarnamn"));
        anvandarnamn.setHelperText(getTranslation("inloggning.hjalp.anvandarnamn"));
        anvandarnamn.setRequiredIndicatorVisible(true);
        anvandarnamn.setMaxLength(100);
        var roller = Rolltexter.val(this);
        var formular = new FormLayout(person, anvandarnamn, roller);
        formular.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        formular.setWidth("28em");
        add(formular);
        var skapa = new Button(getTranslation("inloggning.skapa"), e -> skapa(anvandare, roller.getValue(), skapad));
        skapa.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("inloggning.avbryt"), e -> close()), skapa);
    }

    private void foreslaAnvandarnamn(Person vald) {
        if (vald != null && vald.epost() != null && (anvandarnamn.isEmpty() || anvandarnamn.getValue().equals(forslag))) {
            forslag = Anvandarnamn.forslag(vald.epost());
            anvandarnamn.setValue(forslag);
        }
    }

    private void skapa(AnvandareService anvandare, java.util.Set<String> roller, Consumer<Inloggning> skapad) {
        person.setInvalid(false);
        anvandarnamn.setInvalid(false);
        if (person.getValue() == null) {
            fel(person, getTranslation("inloggning.fel.person"));
            return;
        }
        try {
            var ny = anvandare.skapa(new NyInloggning(person.getValue().id(), anvandarnamn.getValue(), roller), nyckel);
            close();
            skapad.accept(ny);
        } catch (Regelbrott regel) {
            var text = getTranslation(regel.nyckel(), regel.argument());
            if (regel.nyckel().startsWith("inloggning.fel.anvandarnamn") || regel.nyckel().equals("inloggning.fel.upptaget")) {
                fel(anvandarnamn, text);
            } else {
                fel(person, text);
            }
        }
    }

    private static void fel(com.vaadin.flow.component.HasValidation falt, String text) {
        falt.setErrorMessage(text);
        falt.setInvalid(true);
    }
}
