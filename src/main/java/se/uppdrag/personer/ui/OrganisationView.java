package se.uppdrag.personer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.EnhetId;
import se.uppdrag.personer.KatalogFelException;
import se.uppdrag.personer.OrganisationService;

/** The organisation as a tree: add a unit under the chosen one, rename, move, deactivate or reactivate it. */
@Route("organisation")
@Menu(title = "organisation.meny", order = 100, icon = "vaadin:sitemap")
@RolesAllowed("ADMINISTRATOR")
class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisation;
    private final TreeGrid<Enhet> trad = new TreeGrid<>();
    private final Button ny = new Button();
    private final Button andra = new Button();
    private final Button flytta = new Button();
    private final Button aktiv = new Button();

    OrganisationView(OrganisationService organisation) {
        this.organisation = organisation;
        trad.addHierarchyColumn(Enhet::namn).setHeader(getTranslation("organisation.namn")).setFlexGrow(3);
        trad.addColumn(e -> e.kod().value()).setHeader(getTranslation("organisation.kod")).setAutoWidth(true);
        trad.addColumn(e -> getTranslation("organisation.typ." + e.typ())).setHeader(getTranslation("organisation.typ")).setAutoWidth(true);
        trad.addColumn(e -> getTranslation(e.aktiv() ? "katalog.aktiv" : "katalog.inaktiverad"))
                .setHeader(getTranslation("katalog.status")).setAutoWidth(true);
        trad.setAriaLabel(getTranslation("organisation.rubrik"));
        trad.setEmptyStateText(getTranslation("organisation.tom"));
        trad.asSingleSelect().addValueChangeListener(e -> knappar());
        ny.addClickListener(e -> new EnhetDialog(organisation, vald(), this::sparad).open());
        ny.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        andra.setText(getTranslation("organisation.andra"));
        andra.addClickListener(e -> new EnhetAndringDialog(organisation, trad.asSingleSelect().getValue(), false, this::sparad).open());
        flytta.setText(getTranslation("organisation.flytta"));
        flytta.addClickListener(e -> new EnhetAndringDialog(organisation, trad.asSingleSelect().getValue(), true, this::sparad).open());
        aktiv.addClickListener(e -> vaxlaAktiv());
        add(new H1(getTranslation("organisation.rubrik")), new HorizontalLayout(ny, andra, flytta, aktiv), trad);
        setSizeFull();
        uppdatera(null);
    }

    private @Nullable Enhet vald() {
        return trad.asSingleSelect().getValue();
    }

    private void knappar() {
        var vald = vald();
        var tomt = trad.getTreeData().getRootItems().isEmpty();
        ny.setText(getTranslation(tomt ? "organisation.ny-region" : "organisation.ny-under"));
        ny.setEnabled(tomt || vald != null && vald.aktiv());
        andra.setEnabled(vald != null);
        flytta.setEnabled(vald != null && vald.overordnad() != null);
        aktiv.setEnabled(vald != null);
        aktiv.setText(getTranslation(vald != null && !vald.aktiv() ? "organisation.aktivera" : "organisation.inaktivera"));
    }

    /** A unit saved in a dialog: the tree again with it chosen, and the same confirmation as every change. */
    private void sparad(Enhet enhet) {
        uppdatera(enhet);
        Notification.show(getTranslation("organisation.sparad"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void vaxlaAktiv() {
        var vald = vald();
        try {
            if (vald == null) {
                return;
            }
            uppdatera(vald.aktiv() ? organisation.inaktivera(vald.id()) : organisation.aktivera(vald.id()));
            Notification.show(getTranslation("organisation.sparad"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (KatalogFelException fel) {
            Notification.show(Faltfel.text(fel.text()), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Reloads the tree, all of it open, with the given unit chosen. */
    private void uppdatera(@Nullable Enhet valj) {
        var alla = organisation.alla();
        var perId = new HashMap<EnhetId, Enhet>();
        alla.forEach(e -> perId.put(e.id(), e));
        var data = new TreeData<Enhet>();
        alla.stream().filter(e -> e.overordnad() == null || !perId.containsKey(e.overordnad())).forEach(e -> lagg(data, null, e, alla));
        trad.setDataProvider(new TreeDataProvider<>(data));
        trad.expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
        if (valj != null) {
            alla.stream().filter(e -> e.id().equals(valj.id())).findFirst().ifPresent(trad::select);
        }
        knappar();
    }

    private static void lagg(TreeData<Enhet> data, @Nullable Enhet overordnad, Enhet enhet, java.util.List<Enhet> alla) {
        data.addItem(overordnad, enhet);
        alla.stream().filter(e -> enhet.id().equals(e.overordnad())).forEach(barn -> lagg(data, enhet, barn, alla));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.rubrik") + " – " + getTranslation("app.namn");
    }
}
