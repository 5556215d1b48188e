package se.uppdrag.uppdrag.tidplan.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.uppdrag.security.Roller;
import se.uppdrag.uppdrag.tidplan.TidplanService;
import se.uppdrag.uppdrag.tidplan.Tidplansbild;

/**
 * Every decided and open uppdrag of a unit on one timeline, from decision to återredovisning with their activities,
 * today marked and the late ones pointed out; only uppdrag the user may read. The unit is in the address (?enhet=).
 */
@Route("tidplan")
@Menu(title = "nav.tidplan", order = 50, icon = "vaadin:chart-timeline")
@RolesAllowed(Roller.ANVANDARE)
class EnhetTidplanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TidplanService tidplan;
    private final ComboBox<String> enhet = new ComboBox<>();
    private final Paragraph sammanfattning = new Paragraph();
    private final Div innehall = new Div();

    EnhetTidplanView(TidplanService tidplan) {
        this.tidplan = tidplan;
        addClassName("enhet-tidplan");
        enhet.setLabel(getTranslation("tidplan.enhet"));
        enhet.setMinWidth("22em");
        innehall.setWidthFull();
        // the short summary is announced when another unit is chosen, not the whole timeline
        sammanfattning.addClassName("tidplan-sammanfattning");
        sammanfattning.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("tidplan.rubrik")), enhet, sammanfattning, innehall);
        enhet.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                visa(e.getValue());
            }
            if (e.getValue() != null && e.isFromClient()) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        new Location("tidplan", QueryParameters.of("enhet", e.getValue()))));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var enheter = tidplan.enheter();
        if (enheter.isEmpty()) {
            enhet.setVisible(false);
            innehall.removeAll();
            sammanfattning.setText(getTranslation("tidplan.ingen-enhet"));
            return;
        }
        enhet.setVisible(true);
        enhet.setItems(enheter);
        var begard = event.getLocation().getQueryParameters().getSingleParameter("enhet").filter(enheter::contains);
        var valt = begard.orElseGet(() -> tidplan.egenEnhet().filter(enheter::contains).orElse(enheter.getFirst()));
        if (valt.equals(enhet.getValue())) {
            visa(valt);
        } else {
            enhet.setValue(valt);
        }
    }

    private void visa(String valt) {
        innehall.removeAll();
        var bild = tidplan.enhet(valt);
        if (bild.uppdrag().isEmpty()) {
            sammanfattning.setText(getTranslation("tidplan.inga-uppdrag"));
            return;
        }
        sammanfattning.setText(sammanfattning(bild));
        var rader = new Tidplansrader(this);
        var svgRader = rader.forEnhet(bild.uppdrag(), bild.idag());
        var titel = getTranslation("tidplan.svg.enhet", valt);
        var rulla = new Rullyta(new Svg(TidplanSvg.rita("enhet-tidplan", titel,
                sammanfattning.getText(), svgRader, bild.idag(), rader.idag(bild.idag()), List.of(), getLocale())), titel);
        if (!TidplanSvg.visarIdag(svgRader, List.of(), bild.idag())) {
            innehall.add(new Paragraph(getTranslation("tidplan.idag-utanfor", bild.idag().toString())));
        }
        innehall.add(rulla, new H2(getTranslation("tidplan.tabell")), new EnhetTidplanTabell(valt, bild));
    }

    private String sammanfattning(Tidplansbild bild) {
        var idag = bild.idag();
        var sena = bild.uppdrag().stream().filter(u -> u.arForsenat(idag)).count();
        var medSenaAktiviteter = bild.uppdrag().stream().filter(u -> u.forsenadeAktiviteter(idag) > 0).count();
        return getTranslation("tidplan.sammanfattning", bild.uppdrag().size(), sena, medSenaAktiviteter, idag.toString());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tidplan.rubrik") + " – " + getTranslation("app.namn");
    }
}
