package se.uppdrag.personer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.KatalogFelException;
import se.uppdrag.personer.KatalogService;
import se.uppdrag.personer.OrganisationService;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.Personuppgifter;
import se.uppdrag.text.Meddelande;

/**
 * A person's page for the administrator: add or edit, deactivate or reactivate, and a link to their open tasks.
 * Every refusal is shown in Swedish at its field; nothing typed is lost.
 */
class PersonFormular extends Dialog {

    /** One key per dialog: "Spara" sent again (its reply never came) makes one, not a second or a refusal. */
    private final java.util.UUID nyckel = java.util.UUID.randomUUID();

    private final TextField namn = new TextField();
    private final TextField titel = new TextField();
    private final ComboBox<Enhet> enhet = new ComboBox<>();
    private final TextField epost = new TextField();
    private final TextField anstallningsId = new TextField();
    private final DatePicker aktivFran = new DatePicker();
    private final DatePicker aktivTill = new DatePicker();
    private final Map<String, HasValidation> falt = Map.of("namn", namn, "titel", titel, "enhet", enhet, "epost", epost,
            "anstallningsId", anstallningsId, "aktivFran", aktivFran, "aktivTill", aktivTill);

    PersonFormular(KatalogService katalog, OrganisationService organisation, @Nullable Person person, Consumer<Person> sparad) {
        setHeaderTitle(person == null ? getTranslation("katalog.ny-person") : person.namn());
        namn.setLabel(getTranslation("katalog.namn"));
        namn.setRequiredIndicatorVisible(true);
        titel.setLabel(getTranslation("katalog.titel"));
        enhet.setLabel(getTranslation("katalog.enhet"));
        var enheter = organisation.alla();
        enhet.setItems(enheter.stream().filter(e -> e.aktiv() || person != null && e.id().equals(person.enhetId())).toList());
        enhet.setItemLabelGenerator(Enhet::visning);
        enhet.setClearButtonVisible(true);
        epost.setLabel(getTranslation("katalog.epost"));
        anstallningsId.setLabel(getTranslation("katalog.anstallningsid"));
        anstallningsId.setHelperText(getTranslation("katalog.anstallningsid.hjalp"));
        aktivFran.setLabel(getTranslation("katalog.aktiv-fran"));
        aktivTill.setLabel(getTranslation("katalog.aktiv-till"));
        if (person != null) {
            namn.setValue(person.namn());
            titel.setValue(Objects.toString(person.titel(), ""));
            enheter.stream().filter(e -> e.id().equals(person.enhetId())).findFirst().ifPresent(enhet::setValue);
            if (person.enhetId() == null && person.enhet() != null) {
                enhet.setHelperText(getTranslation("katalog.enhet.fritext", person.enhet()));
            }
            epost.setValue(Objects.toString(person.epost(), ""));
            anstallningsId.setValue(Objects.toString(person.anstallningsId(), ""));
            aktivFran.setValue(person.aktivFran());
            aktivTill.setValue(person.aktivTill());
        }
        var spara = new Button(getTranslation("katalog.spara"), e -> spara(katalog, person, sparad));
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(namn, titel, enhet, epost, anstallningsId, aktivFran, aktivTill));
        getFooter().add(new Button(getTranslation("knapp.avbryt"), e -> close()));
        if (person != null) {
            var uppgifter = new Anchor("uppgifter/person/" + person.id().value(), getTranslation("katalog.oppna-uppgifter"));
            add(uppgifter);
            var aktiv = new Button(getTranslation(person.inaktiverad() ? "katalog.ateraktivera" : "katalog.inaktivera"),
                    e -> vaxlaAktiv(katalog, person, sparad));
            aktiv.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(aktiv);
        }
        getFooter().add(spara);
        namn.focus();
    }

    private void spara(KatalogService katalog, @Nullable Person person, Consumer<Person> sparad) {
        Faltfel.rensa(falt);
        EmailAddress adress = null;
        if (!epost.getValue().isBlank()) {
            try {
                adress = EmailAddress.of(epost.getValue());
            } catch (IllegalArgumentException ogiltig) {
                Faltfel.visa(epost, Meddelande.text(ogiltig, this::getTranslation));
                return;
            }
        }
        try {
            var uppgifter = new Personuppgifter(namn.getValue(), titel.getValue(), enhet.getValue() == null ? null : enhet.getValue().id(),
                    adress, anstallningsId.getValue(), aktivFran.getValue(), aktivTill.getValue());
            var resultat = person == null ? katalog.skapa(uppgifter, nyckel) : katalog.andra(person.id(), uppgifter);
            close();
            Notification.show(getTranslation("katalog.sparad", resultat.namn()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            sparad.accept(resultat);
        } catch (KatalogFelException fel) {
            Faltfel.visa(falt, fel, namn);
        }
    }

    /** Deactivating leads on to the person's open tasks, to hand them to others. */
    private void vaxlaAktiv(KatalogService katalog, Person person, Consumer<Person> sparad) {
        var resultat = person.inaktiverad() ? katalog.aktivera(person.id()) : katalog.inaktivera(person.id());
        var ui = getUI();
        close();
        Notification.show(getTranslation(resultat.inaktiverad() ? "katalog.inaktiverad.klar" : "katalog.ateraktiverad.klar",
                resultat.namn()), 5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        sparad.accept(resultat);
        if (resultat.inaktiverad()) {
            ui.ifPresent(u -> u.navigate("uppgifter/person/" + resultat.id().value()));
        }
    }
}
