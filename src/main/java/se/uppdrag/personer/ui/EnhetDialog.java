package se.uppdrag.personer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.Enhetskod;
import se.uppdrag.personer.Enhetstyp;
import se.uppdrag.personer.KatalogFelException;
import se.uppdrag.personer.NyEnhet;
import se.uppdrag.personer.OrganisationService;

/** Adds a unit under the chosen one (or the region, in an empty tree): name, code and a kind allowed there. */
class EnhetDialog extends Dialog {

    /** One key per dialog: "Spara" sent again (its reply never came) makes one, not a second or a refusal. */
    private final java.util.UUID nyckel = java.util.UUID.randomUUID();

    private final TextField namn = new TextField();
    private final TextField kod = new TextField();
    private final Select<Enhetstyp> typ = new Select<>();

    EnhetDialog(OrganisationService organisation, @Nullable Enhet overordnad, Consumer<Enhet> sparad) {
        setHeaderTitle(overordnad == null ? getTranslation("organisation.ny-region")
                : getTranslation("organisation.ny-under.rubrik", overordnad.namn()));
        namn.setLabel(getTranslation("organisation.namn"));
        namn.setRequiredIndicatorVisible(true);
        kod.setLabel(getTranslation("organisation.kod"));
        kod.setHelperText(getTranslation("organisation.kod.hjalp"));
        kod.setRequiredIndicatorVisible(true);
        typ.setLabel(getTranslation("organisation.typ"));
        typ.setItems(Arrays.stream(Enhetstyp.values()).filter(t -> t.tillatenUnder(overordnad == null ? null : overordnad.typ())).toList());
        typ.setItemLabelGenerator(t -> getTranslation("organisation.typ." + t));
        typ.setValue(typ.getListDataView().getItems().findFirst().orElse(null));
        var falt = Map.of("namn", namn, "kod", kod, "typ", typ, "overordnad", typ);
        var spara = new Button(getTranslation("katalog.spara"), e -> {
            Faltfel.rensa(falt);
            try {
                var ny = organisation.skapa(new NyEnhet(namn.getValue(), new Enhetskod(kod.getValue()), typ.getValue(),
                        overordnad == null ? null : overordnad.id()), nyckel);
                close();
                sparad.accept(ny);
            } catch (KatalogFelException fel) {
                Faltfel.visa(falt, fel, namn);
            }
        });
        spara.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(namn, kod, typ));
        getFooter().add(new Button(getTranslation("knapp.avbryt"), e -> close()), spara);
        namn.focus();
    }
}
