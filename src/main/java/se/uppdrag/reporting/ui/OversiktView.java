package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.uppdrag.reporting.Oversikt;
import se.uppdrag.reporting.Oversikt.Datumpost;
import se.uppdrag.reporting.Oversikt.Ljuspost;
import se.uppdrag.reporting.OversiktService;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.security.Roller;

/** Översikt: one's uppdrag by status, late and soon-due återredovisning, and the latest traffic lights. */
@Route("oversikt")
@Menu(title = "nav.oversikt", order = 20, icon = "vaadin:dashboard")
@RolesAllowed(Roller.ANVANDARE)
class OversiktView extends VerticalLayout implements HasDynamicTitle {

    private final Div perStatus = new Div();
    private final Grid<Datumpost> forsenade = new Grid<>(Datumpost.class, false);
    private final Grid<Datumpost> snart = new Grid<>(Datumpost.class, false);
    private final Grid<Ljuspost> ljus = new Grid<>(Ljuspost.class, false);

    OversiktView(OversiktService service) {
        addClassName("oversikt-vy");
        var oversikt = service.oversikt();
        perStatus.addClassName("rapport-antal");
        perStatus.setId("oversikt-status");
        oversikt.perStatus().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(post -> perStatus.add(
                Rapportdelar.antalKort(post.getValue(), getTranslation(post.getKey().textnyckel()),
                        "status-" + post.getKey().name().toLowerCase())));
        if (oversikt.perStatus().isEmpty()) {
            perStatus.add(new Paragraph(getTranslation("oversikt.inga-uppdrag")));
        }
        datumkolumner(forsenade, "oversikt.dagar-forsenat");
        datumkolumner(snart, "oversikt.arbetsdagar-kvar");
        ljuskolumner();
        forsenade.setItems(oversikt.forsenade());
        snart.setItems(oversikt.snart());
        ljus.setItems(oversikt.ljus());
        forsenade.setEmptyStateText(getTranslation("oversikt.forsenade.inga"));
        snart.setEmptyStateText(getTranslation("oversikt.snart.inga", Oversikt.SNART_ARBETSDAGAR));
        ljus.setEmptyStateText(getTranslation("oversikt.ljus.inga"));
        add(new H1(getTranslation("oversikt.rubrik")), new Paragraph(getTranslation("oversikt.omfattning")),
                new H2(getTranslation("oversikt.per-status")), perStatus,
                new H2(getTranslation("oversikt.forsenade")), forsenade,
                new H2(getTranslation("oversikt.snart", Oversikt.SNART_ARBETSDAGAR)), snart,
                new H2(getTranslation("oversikt.ljus")), ljus);
    }

    private void datumkolumner(Grid<Datumpost> grid, String dagarNyckel) {
        uppdragskolumn(grid, Datumpost::id, p -> Rapporttexter.uppdrag(p.diarienummer(), p.titel()));
        grid.addColumn(p -> p.utanSlutleverans() ? getTranslation("oversikt.senast.90", p.senast().toString()) : p.senast().toString())
                .setHeader(getTranslation("rapport.forsenade.senast")).setAutoWidth(true);
        grid.addColumn(p -> String.valueOf(p.dagar())).setHeader(getTranslation(dagarNyckel)).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation(grid == forsenade ? "oversikt.forsenade" : "oversikt.snart.kort"));
    }

    private void ljuskolumner() {
        uppdragskolumn(ljus, Ljuspost::id, p -> Rapporttexter.uppdrag(p.diarienummer(), p.titel()));
        ljus.addColumn(p -> getTranslation(p.status().textnyckel())).setHeader(getTranslation("kolumn.status")).setAutoWidth(true);
        ljus.addColumn(p -> p.senaste() == null ? getTranslation("rapport.status.ingen-rapport")
                        : getTranslation("rapport.ljus." + p.senaste().ljus().name()))
                .setHeader(getTranslation("oversikt.ljuset")).setAutoWidth(true)
                .setPartNameGenerator(p -> p.senaste() == null ? "ljus-inget" : "ljus-" + p.senaste().ljus().name().toLowerCase());
        ljus.addColumn(p -> p.senaste() == null ? "" : getTranslation("rapport.trend." + p.senaste().trend().name()))
                .setHeader(getTranslation("oversikt.trend")).setAutoWidth(true);
        ljus.addColumn(p -> p.rapporterad() == null ? "" : p.rapporterad().toString())
                .setHeader(getTranslation("oversikt.rapporterad")).setAutoWidth(true);
        ljus.addColumn(p -> p.senaste() == null ? "" : p.senaste().kommentar()).setHeader(getTranslation("rapport.kol.kommentar"))
                .setFlexGrow(3);
        ljus.setAllRowsVisible(true);
        for (var grid : java.util.List.<Grid<?>>of(forsenade, snart, ljus)) {
            grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        }
        ljus.setAriaLabel(getTranslation("oversikt.ljus"));
    }

    private <T> void uppdragskolumn(Grid<T> grid, java.util.function.Function<T, se.uppdrag.uppdrag.UppdragId> id,
            java.util.function.Function<T, String> text) {
        Rapportdelar.uppdragskolumn(grid, id, text, getTranslation("rapport.kol.uppdrag")).setFlexGrow(3);
    }

    Div perStatus() {
        return perStatus;
    }

    Grid<Datumpost> forsenade() {
        return forsenade;
    }

    Grid<Datumpost> snart() {
        return snart;
    }

    Grid<Ljuspost> ljus() {
        return ljus;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oversikt.rubrik") + " – " + getTranslation("app.namn");
    }
}
