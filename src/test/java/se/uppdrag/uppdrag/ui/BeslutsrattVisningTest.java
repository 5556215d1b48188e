package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.uppdrag.SomAdministrator;
import se.uppdrag.TestFolk;
import se.uppdrag.delegation.Delegationsordning;
import se.uppdrag.delegation.NyDelegationsregel;
import se.uppdrag.personer.OrganisationService;
import se.uppdrag.personer.Person;
import se.uppdrag.uppdrag.UppdragStatus;

/**
 * Choosing beslutsfattare in the editor: those with authority for the uppdrag come first in the picker, each row says
 * next to its field whether its person has authority, and with none who has, the draft is not sent för beslut.
 */
class BeslutsrattVisningTest extends ViewTestBase {

    @Test
    void each_beslutsfattare_row_says_whether_its_person_has_authority_and_none_with_authority_stops_the_decision() {
        var sparat = sparaFullstandigt();
        navigate("uppdrag/" + sparat.id().value() + "/redigera", UppdragEditorView.class);
        assertThat(beslutsfattare()).extracting(ComboBox::getHelperText)
                .containsExactly("Har delegation för uppdraget", "Har delegation för uppdraget");
        assertThat(varningar()).as("no warning shown").isEmpty();

        beslutsfattare().get(0).setValue(folk.person(TestFolk.MEDLEM));
        assertThat(beslutsfattare().get(0).getHelperText())
                .isEqualTo("Har ingen delegation för uppdraget (enhet, slag av uppdrag eller belopp).");
        assertThat(varningar()).as("the other one has authority").isEmpty();

        beslutsfattare().get(1).setValue(folk.person(TestFolk.UTOMSTAENDE));
        assertThat(varningar()).singleElement().extracting(Paragraph::getText).isEqualTo("Ingen av de valda beslutsfattarna har delegation för uppdraget. "
                + "Det kan inte skickas för beslut förrän minst en har det.");

        test($(Button.class).withText("Skicka för beslut").first()).click();
        assertThat(getCurrentView()).isInstanceOf(UppdragEditorView.class);
        assertThat(uppdrag.hamta(sparat.id()).status()).isEqualTo(UppdragStatus.UTKAST);
        assertThat(uppdrag.hamta(sparat.id()).beslutsform().beslutsfattare()).extracting(b -> b.person().id())
                .as("nothing saved either").containsExactly(folk.person(TestFolk.BESLUTSFATTARE).id(), folk.person(TestFolk.GIVARE).id());
    }

    @Test
    void the_picker_offers_those_with_authority_first() {
        var sparat = sparaFullstandigt();
        navigate("uppdrag/" + sparat.id().value() + "/redigera", UppdragEditorView.class);
        var suffix = folk.anvandarnamn("").substring(1);
        var forslag = test(beslutsfattare().get(0));
        forslag.setFilter(suffix);
        var behoriga = TestFolk.BESLUTAR.stream().map(roll -> folk.person(roll).id()).toList();
        assertThat(forslag.getSuggestionItems()).hasSizeGreaterThan(behoriga.size());
        assertThat(forslag.getSuggestionItems().subList(0, behoriga.size())).extracting(Person::id)
                .containsExactlyInAnyOrderElementsOf(behoriga);
        assertThat(forslag.getSuggestionItems().subList(behoriga.size(), forslag.getSuggestionItems().size()))
                .extracting(Person::id).doesNotContainAnyElementsOf(behoriga);
    }

    @Test
    void the_row_follows_the_amount_when_a_rule_has_a_limit() {
        SomAdministrator.gor(() -> beans.getBean(Delegationsordning.class).skapa(new NyDelegationsregel(
                folk.person(TestFolk.MEDLEM).id(), TestFolk.region(beans.getBean(OrganisationService.class)).id(), null,
                new BigDecimal("1000000"), LocalDate.of(2000, 1, 1), null)));
        var sparat = sparaFullstandigt();
        navigate("uppdrag/" + sparat.id().value() + "/redigera", UppdragEditorView.class);
        beslutsfattare().get(0).setValue(folk.person(TestFolk.MEDLEM));
        assertThat(beslutsfattare().get(0).getHelperText()).as("1 250 000,50 kr is over the limit")
                .startsWith("Har ingen delegation");

        test($(BigDecimalField.class).withLabel("Belopp").single()).setValue(new BigDecimal("900000"));
        assertThat(beslutsfattare().get(0).getHelperText()).isEqualTo("Har delegation för uppdraget");
    }

    @SuppressWarnings("unchecked")
    private List<ComboBox<Person>> beslutsfattare() {
        return $(ComboBox.class).withLabel("Beslutsfattare").all().stream().map(c -> (ComboBox<Person>) c).toList();
    }

    private List<Paragraph> varningar() {
        return $(Paragraph.class).withClassName("beslutsratt-varning").all();
    }
}
