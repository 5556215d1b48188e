package se.uppdrag.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.TestFolk;
import se.uppdrag.reporting.Periodrapport;
import se.uppdrag.reporting.PeriodrapportService;
import se.uppdrag.uppdrag.UppdragStatus;

/** The period reports' pages in the browser's place: started, compiled, sent back and approved, each by its person. */
class PeriodrapportViewTest extends RapportvyTestBase {

    @Autowired
    PeriodrapportService service;

    private void klicka(String text) {
        test($(Button.class).withText(text).single()).click();
    }

    private Periodrapport startadIVyn() {
        inlast("Digitala vårdtjänster", LocalDate.of(2026, 7, 10), LocalDate.of(2026, 12, 31), UppdragStatus.PAGAENDE);
        folk.loggaIn(TestFolk.REGISTRATOR);
        var lista = navigate(PeriodrapporterView.class);
        klicka("Påbörja rapporten");
        assertThat(lista.titelfalt().getErrorMessage()).isEqualTo("Skriv en rubrik för rapporten.");
        test(lista.titelfalt()).setValue("Uppföljning hösten 2026");
        klicka("Påbörja rapporten");
        assertThat(lista.beslutsfattarval().isInvalid()).isTrue();
        assertThat(lista.beslutsfattarval().getErrorMessage()).isEqualTo("Välj den som ska godkänna rapporten.");
        assertThat(lista.titelfalt().isInvalid()).isFalse();
        lista.beslutsfattarval().setValue(folk.person(TestFolk.BESLUTSFATTARE));
        lista.enhetsval().setValue(enhet);
        klicka("Påbörja rapporten");
        assertThat(getCurrentView()).isInstanceOf(PeriodrapportView.class);
        return service.lista().stream().filter(r -> r.enhet() != null && r.enhet().equals(enhet)).findFirst().orElseThrow();
    }

    private String status() {
        return $(Span.class).id("periodrapport-status").getText();
    }

    @Test
    void the_compiler_writes_a_summary_marks_it_ready_and_the_decision_maker_sends_it_back_then_approves_it() {
        var rapport = startadIVyn();
        assertThat(status()).isEqualTo("Utkast");
        assertThat($(H1.class).single().getText()).isEqualTo("Uppföljning hösten 2026");
        var sammanfattning = $(TextArea.class).single();
        assertThat(sammanfattning.getLabel()).isEqualTo("Sammanfattning – Uppdrag utanför planerna");
        test(sammanfattning).setValue("Ett uppdrag, som går enligt plan.");
        klicka("Markera som klar för godkännande");
        assertThat(status()).isEqualTo("Klar för godkännande");
        assertThat($(TextArea.class).all()).as("the compiler can no longer change it").isEmpty();

        folk.loggaIn(TestFolk.BESLUTSFATTARE);
        navigate("uppfoljningsrapporter/" + rapport.id().value(), PeriodrapportView.class);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("Ett uppdrag, som går enligt plan.");
        klicka("Skicka tillbaka för ändring");
        var kommentar = $(TextArea.class).withLabel("Kommentar till den som sammanställer").single();
        assertThat(kommentar.getErrorMessage()).isEqualTo("Skriv varför du skickar tillbaka rapporten.");
        test(kommentar).setValue("Nämn budgeten.");
        klicka("Skicka tillbaka för ändring");
        assertThat(status()).isEqualTo("Utkast");
        assertThat($(Paragraph.class).id("periodrapport-aterremiss").getText())
                .isEqualTo("Beslutsfattaren skickade tillbaka rapporten: Nämn budgeten.");

        folk.loggaIn(TestFolk.REGISTRATOR);
        navigate("uppfoljningsrapporter/" + rapport.id().value(), PeriodrapportView.class);
        test($(TextArea.class).single()).setValue("Ett uppdrag, som går enligt plan inom budget.");
        klicka("Markera som klar för godkännande");

        folk.loggaIn(TestFolk.BESLUTSFATTARE);
        navigate("uppfoljningsrapporter/" + rapport.id().value(), PeriodrapportView.class);
        klicka("Godkänn rapporten");
        assertThat(status()).isEqualTo("Godkänd");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(p -> assertThat(p).startsWith("Kontrollsummor (SHA-256): PDF "))
                .contains("Ett uppdrag, som går enligt plan inom budget.");
        assertThat($(Button.class).withText("Godkänn rapporten").all()).isEmpty();
    }

    @Test
    void someone_the_report_does_not_name_opening_its_address_is_told_it_is_not_theirs_to_read() {
        var rapport = startadIVyn();
        folk.loggaIn(TestFolk.TAGARE);
        navigate("uppfoljningsrapporter/" + rapport.id().value(), PeriodrapportView.class);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .containsExactly("Rapporten finns inte, eller så får du inte läsa den.");
        navigate(PeriodrapporterView.class);
        assertThat($(Button.class).withText("Påbörja rapporten").all()).as("only registrators and administrators start one").isEmpty();
        assertThat($(ComboBox.class).all()).isEmpty();
    }
}
