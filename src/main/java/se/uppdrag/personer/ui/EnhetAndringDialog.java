package se.uppdrag.personer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.Enhetskod;
import se.uppdrag.personer.KatalogFelException;
import se.uppdrag.personer.OrganisationService;

/** Renames and recodes a unit, or moves it under another unit. */
class EnhetAndringDialog extends Dialog {

    EnhetAndringDialog(OrganisationService organisation, @Nullable Enhet enhet, boolean flytta, Consumer<Enhet> sparad) {
        if (enhet == null) {
            return;
        }
        setHeaderTitle(getTranslation(flytta ? "organisation.flytta.rubrik" : "organisation.andra.rubrik", enhet.namn()));
        var namn = new TextField(getTranslation("organisation.namn"), enhet.namn(), "");
        var kod = new TextField(getTranslation("organisation.kod"), enhet.kod().value(), "");
        kod.setHelperText(getTranslation("organisation.kod.hjalp"));
        var under = new ComboBox<Enhet>(getTranslation("organisation.overordnad"));
        under.setItems(organisation.alla().stream().filter(Enhet::aktiv).filter(e -> !e.id().equals(enhet.id())).toList());
        under.setItemLabelGenerator(Enhet::visning);
        if (enhet.overordnad() != null) {
            under.setValue(organisation.hamta(enhet.overordnad()));
        }
        var falt = Map.of("namn", namn, "kod", kod, "overordnad", under);
        var spara = new Button(getTranslation("katalog.spara"), e -> {
            Faltfel.rensa(falt);
            try {
                if (flytta && under.getValue() == null) {
                    Faltfel.visa(under, getTranslation("organisation.valj-overordnad"));
                    return;
                }
                var andrad = flytta ? organisation.flytta(enhet.id(), under.getValue().id())
                        : organisation.andra(enhet.id(), namn.getValue(), new Enhetskod(kod.getValue()));
                close();
                sparad.accept(andrad);
            } catch (KatalogFelException fel) {
                Faltfel.visa(falt, fel, flytta ? under : namn);
            }
        });
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(flytta ? new FormLayout(under) : new FormLayout(namn, kod));
        getFooter().add(new Button(getTranslation("knapp.avbryt"), e -> close()), spara);
    }
}
