package se.uppdrag.personer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.Enhetskod;
import se.uppdrag.personer.Enhetstyp;
import se.uppdrag.personer.NyEnhet;

class OrganisationViewTest extends KatalogViewTestBase {

    private Enhet region() {
        return organisation.alla().stream().filter(e -> e.typ() == Enhetstyp.REGION).findFirst()
                .orElseGet(() -> organisation.skapa(new NyEnhet("Region Vy", new Enhetskod("RV-" + suffix), Enhetstyp.REGION, null)));
    }

    @Test
    void a_unit_is_added_under_the_chosen_one_and_a_taken_code_is_refused_at_the_code_field() {
        var region = region();
        var forvaltning = organisation.skapa(new NyEnhet("Förvaltning Vy " + suffix, new Enhetskod("FV-" + suffix), Enhetstyp.FORVALTNING,
                region.id()));
        navigate(OrganisationView.class);
        @SuppressWarnings("unchecked")
        TreeGrid<Enhet> trad = $(TreeGrid.class).single();
        trad.select(forvaltning);
        test($(Button.class).withText("Lägg till underenhet").single()).click();
        test($(TextField.class).withLabel("Namn").single()).setValue("Avdelning Vy " + suffix);
        var kod = $(TextField.class).withLabel("Kod").single();
        test(kod).setValue("fv-" + suffix);
        test($(Button.class).withText("Spara").single()).click();
        assertThat(kod.getErrorMessage()).isEqualTo("Koden FV-" + suffix + " används redan av Förvaltning Vy " + suffix);

        test(kod).setValue("AV-" + suffix);
        test($(Button.class).withText("Spara").single()).click();
        assertThat(organisation.alla()).anyMatch(e -> e.namn().equals("Avdelning Vy " + suffix) && forvaltning.id().equals(e.overordnad())
                && e.typ() == Enhetstyp.AVDELNING);
        assertThat(trad.getTreeData().getChildren(forvaltning)).extracting(Enhet::namn).contains("Avdelning Vy " + suffix);
    }
}
