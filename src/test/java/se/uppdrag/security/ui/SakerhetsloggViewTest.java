package se.uppdrag.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.security.Inloggningssparr;
import se.uppdrag.security.Sakerhetshandelse;
import se.uppdrag.security.Sakerhetslogg;
import se.uppdrag.security.internal.InloggningsforsokEntity;
import se.uppdrag.security.internal.InloggningsforsokRepository;
import se.uppdrag.security.internal.SakerhetshandelseEntity;
import se.uppdrag.security.internal.SakerhetshandelseRepository;

@IntegrationTest
@ViewPackages(packages = "se.uppdrag")
class SakerhetsloggViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext beans;
    @Autowired
    Sakerhetslogg sakerhetslogg;
    @Autowired
    SakerhetshandelseRepository handelser;
    @Autowired
    InloggningsforsokRepository forsok;
    @Autowired
    Clock klocka;

    TestFolk folk;
    String medlem;

    @BeforeEach
    void folk() {
        folk = TestFolk.nytt(beans);
        medlem = folk.anvandarnamn(TestFolk.MEDLEM);
        UI.getCurrent().setLocale(Locale.of("sv", "SE"));
    }

    @AfterEach
    void ut() {
        TestFolk.loggaUt();
    }

    @SuppressWarnings("unchecked")
    private List<Sakerhetshandelse> rader() {
        return logg().getLazyDataView().getItems().toList();
    }

    /** The first grid: the log (the second: the locks). */
    @SuppressWarnings("unchecked")
    private Grid<Sakerhetshandelse> logg() {
        var grid = (Grid<Sakerhetshandelse>) $(Grid.class).all().get(0);
        assertThat(grid.getAriaLabel()).hasValue("Säkerhetslogg");
        return grid;
    }

    @Test
    void an_administrator_reads_the_log_newest_first_by_text_and_by_type_with_the_types_in_swedish() {
        sakerhetslogg.loggaFor(Sakerhetshandelse.Typ.MISSLYCKAD_INLOGGNING, medlem, "Fel användarnamn eller lösenord");
        sakerhetslogg.loggaFor(Sakerhetshandelse.Typ.INLOGGNING, medlem, "Inloggad");
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        navigate(SakerhetsloggView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Säkerhetslogg");

        test($(TextField.class).withCaption("Sök").single()).setValue(medlem.toUpperCase(Locale.ROOT));
        assertThat(rader()).extracting(Sakerhetshandelse::typ)
                .containsExactly(Sakerhetshandelse.Typ.INLOGGNING, Sakerhetshandelse.Typ.MISSLYCKAD_INLOGGNING);
        @SuppressWarnings("unchecked")
        Select<Optional<Sakerhetshandelse.Typ>> typ = $(Select.class).withCaption("Händelsetyp").single();
        test(typ).selectItem("Misslyckad inloggning");
        assertThat(rader()).singleElement().satisfies(h -> assertThat(h.beskrivning()).isEqualTo("Fel användarnamn eller lösenord"));
        var grid = logg();
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Misslyckad inloggning");
        assertThat(test(grid).getCellText(0, 0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void a_locked_sign_in_is_listed_and_lifted_with_las_upp() {
        var rad = new InloggningsforsokEntity("konto:" + medlem);
        for (var i = 0; i < 10; i++) {
            rad.misslyckades(klocka.instant());
        }
        rad.las(klocka.instant().plus(Duration.ofMinutes(15)));
        forsok.save(rad);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        navigate(SakerhetsloggView.class);

        @SuppressWarnings("unchecked")
        Grid<Inloggningssparr> sparrar = $(Grid.class).all().get(1);
        assertThat(sparrar.getAriaLabel()).hasValue("Spärrade inloggningar");
        var index = sparrar.getListDataView().getItems().map(Inloggningssparr::namn).toList().indexOf(medlem);
        assertThat(index).as("the locked name is listed").isNotNegative();
        var knapp = (Button) test(sparrar).getCellComponent(index, 3);
        assertThat(knapp.getText()).isEqualTo("Lås upp");
        assertThat(knapp.getElement().getAttribute("aria-label")).isEqualTo("Lås upp " + medlem);
        test(knapp).click();

        assertThat(sparrar.getListDataView().getItems().map(Inloggningssparr::namn)).doesNotContain(medlem);
        assertThat(forsok.findById("konto:" + medlem)).isEmpty();
        assertThat(handelser.findAll()).map(SakerhetshandelseEntity::till)
                .filteredOn(h -> medlem.equals(h.anvandare()) && h.typ() == Sakerhetshandelse.Typ.KONTO_UPPLAST).hasSize(1);
    }

    @Test
    void a_user_who_is_not_administrator_typing_the_address_is_refused_and_the_refusal_is_logged() {
        folk.loggaIn(TestFolk.MEDLEM);
        UI.getCurrent().navigate("sakerhetslogg");
        assertThat($(SakerhetsloggView.class).all()).isEmpty();
        assertThat(handelser.findAll()).map(SakerhetshandelseEntity::till)
                .filteredOn(h -> medlem.equals(h.anvandare()) && h.typ() == Sakerhetshandelse.Typ.NEKAD_ATKOMST)
                .singleElement().satisfies(h -> assertThat(h.beskrivning()).contains("/sakerhetslogg"));
    }
}
