package se.uppdrag.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.PersonService;
import se.uppdrag.reporting.HandelseloggService;
import se.uppdrag.uppdrag.HandelseloggFilter;
import se.uppdrag.uppdrag.UppdragRef;
import se.uppdrag.uppdrag.Uppdragshandling;

/** The administrator's Händelselogg: filtered by person, uppdrag and period, downloaded as XLSX, for nobody else. */
class HandelseloggViewTest extends RapportvyTestBase {

    @Autowired
    HandelseloggService service;
    @Autowired
    PersonService personer;

    private HandelseloggView somAdministrator() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        return navigate(HandelseloggView.class);
    }

    private List<String> kolumn(HandelseloggView vy, int kolumn) {
        var rader = test(vy.rader());
        var text = new ArrayList<String>();
        for (int i = 0; i < rader.size(); i++) {
            text.add(rader.getCellText(i, kolumn));
        }
        return text;
    }

    private void pdfAv(Uppdragshandling h, String roll) {
        folk.loggaIn(roll);
        uppdrag.pdf(h.id());
    }

    @Test
    void the_administrator_filters_by_uppdrag_and_sees_each_event_newest_first() {
        var forsta = utkast("Lokalförsörjning " + folk.anvandarnamn(TestFolk.AGARE));
        utkast("Något annat " + folk.anvandarnamn(TestFolk.AGARE));
        pdfAv(forsta, TestFolk.REGISTRATOR);

        var vy = somAdministrator();
        test(vy.uppdragsval()).selectItem(new UppdragRef(forsta.id(), forsta.titel(), null).visning());

        assertThat(kolumn(vy, 3)).containsExactly("PDF hämtad", "Skapat");
        assertThat(kolumn(vy, 2)).containsExactly(folk.person(TestFolk.REGISTRATOR).namn(), folk.person(TestFolk.AGARE).namn());
        var rader = test(vy.rader());
        assertThat(List.of(rader.getRow(0).uppdragText(), rader.getRow(1).uppdragText())).containsOnly(forsta.titel());
        assertThat(vy.antalText()).isEqualTo("2 händelser");
    }

    @Test
    void the_administrator_filters_by_person_and_period() {
        var h = utkast("Kompetensförsörjning " + folk.anvandarnamn(TestFolk.AGARE));
        pdfAv(h, TestFolk.REGISTRATOR);

        var vy = somAdministrator();
        vy.personval().setValue(folk.person(TestFolk.REGISTRATOR));
        assertThat(kolumn(vy, 3)).containsExactly("PDF hämtad");

        test(vy.fran()).setValue(IDAG.plusDays(1));
        assertThat(vy.fran().isInvalid()).isTrue();
        assertThat(vy.fran().getErrorMessage()).isEqualTo("Slutdatumet kan inte vara före startdatumet.");
        test(vy.till()).setValue(IDAG.plusDays(2));
        assertThat(vy.fran().isInvalid()).isFalse();
        assertThat(kolumn(vy, 3)).isEmpty();
        assertThat(vy.antalText()).isEqualTo("0 händelser");
    }

    @Test
    void the_downloaded_spreadsheet_has_the_rows_on_screen() throws Exception {
        var h = utkast("Digitala vårdtjänster " + folk.anvandarnamn(TestFolk.AGARE));
        pdfAv(h, TestFolk.REGISTRATOR);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var filter = new HandelseloggFilter(null, h.id(), IDAG, IDAG);

        var xlsx = service.xlsx(filter, Locale.of("sv", "SE"));

        try (var bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var format = new DataFormatter();
            var celler = new ArrayList<String>();
            bok.forEach(blad -> blad.forEach(rad -> rad.forEach(cell -> celler.add(format.formatCellValue(cell)))));
            assertThat(celler).contains("Tid", "Uppdrag", "Vem", "Vad", "Kommentar", "PDF hämtad", "Skapat", h.titel(),
                    folk.person(TestFolk.REGISTRATOR).namn());
        }
    }

    @Test
    void the_download_button_writes_the_log_of_the_filter_on_screen_in_the_background_and_offers_it_by_name() throws Exception {
        var h = utkast("Digitala vårdtjänster " + folk.anvandarnamn(TestFolk.AGARE));
        var vy = somAdministrator();
        test(vy.uppdragsval()).selectItem(new UppdragRef(h.id(), h.titel(), null).visning());
        bakgrund.hall();
        test(vy.xlsx().knapp()).click();
        assertThat(vy.xlsx().arbete().pagar()).isTrue();
        assertThat(vy.xlsx().arbete().getElement().getTextRecursively()).contains("Excel-filen skapas…");

        bakgrund.slappAllt();
        var fil = vy.xlsx().beredd();
        assertThat(fil.filnamn()).isEqualTo("Händelselogg " + vy.filter().fran() + " " + vy.filter().till() + ".xlsx");
        assertThat(vy.xlsx().hamta().getText()).startsWith("Hämta " + fil.filnamn() + " (").endsWith(" kB)");
        try (var bok = new XSSFWorkbook(new ByteArrayInputStream(fil.innehall()))) {
            var format = new DataFormatter();
            var celler = new ArrayList<String>();
            bok.forEach(blad -> blad.forEach(rad -> rad.forEach(cell -> celler.add(format.formatCellValue(cell)))));
            assertThat(celler).contains("Skapat", h.titel());
        }
    }

    @Test
    void nobody_but_an_administrator_reads_the_log() {
        for (var roll : List.of(TestFolk.REGISTRATOR, TestFolk.AGARE)) {
            folk.loggaIn(roll);
            assertThatThrownBy(() -> service.sida(service.standardfilter(), Pageable.ofSize(50), Locale.ENGLISH))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.xlsx(service.standardfilter(), Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> navigate(HandelseloggView.class)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
