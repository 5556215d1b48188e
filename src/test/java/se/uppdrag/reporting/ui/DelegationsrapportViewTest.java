package se.uppdrag.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.uppdrag.SomAdministrator;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.Enhetskod;
import se.uppdrag.personer.Enhetstyp;
import se.uppdrag.personer.NyEnhet;
import se.uppdrag.personer.OrganisationService;
import se.uppdrag.security.Roller;

/** Delegationsbeslut för anmälan on screen: for registrators and administrators, per period and unit. */
class DelegationsrapportViewTest extends RapportvyTestBase {

    @Test
    void the_report_is_for_registrators_and_administrators() {
        assertThat(DelegationsrapportView.class.getAnnotation(RolesAllowed.class).value())
                .containsExactlyInAnyOrder(Roller.REGISTRATOR, Roller.ADMINISTRATOR);
    }

    @Test
    void a_unit_without_decisions_under_delegation_says_so_in_the_same_words_as_its_pdf() {
        var organisation = beans.getBean(OrganisationService.class);
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var tom = SomAdministrator.gor(() -> organisation.skapa(new NyEnhet("Tom förvaltning " + suffix,
                new Enhetskod("T-" + suffix), Enhetstyp.FORVALTNING, TestFolk.region(organisation).id())));
        folk.loggaIn(TestFolk.REGISTRATOR);
        navigate(DelegationsrapportView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Delegationsbeslut för anmälan");

        @SuppressWarnings("unchecked")
        ComboBox<Enhet> enhet = $(ComboBox.class).withLabel("Enhet").single();
        enhet.setValue(enhet.getListDataView().getItems().filter(e -> e.id().equals(tom.id())).findFirst().orElseThrow());

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Antal beslut: 0, varav utan giltig delegation: 0", "Inga beslut med stöd av delegation under perioden.");
    }
}
