package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.diarium.Diarienummer;
import se.uppdrag.diarium.DiariumService;
import se.uppdrag.security.SystemInloggning;

/** Uppdrag brought in from the old diarium keep their numbers, and the series never hands those out again. */
class ImporteradeDiarienummerTest extends UppdragTestBase {

    @Autowired
    DiariumService diarium;
    @Autowired
    SystemInloggning inloggning;

    @Test
    void registrations_after_an_import_skip_the_imported_numbers() {
        var serie = nySerie();
        for (var lopnummer : new int[] {1, 2, 3, 5}) {
            importera(new Diarienummer(serie, 2026, lopnummer));
        }
        var registrerade = IntStream.range(0, 4)
                .mapToObj(i -> se.uppdrag.SomAdministrator.gor(() -> diarium.tilldela(serie, Year.of(2026))).toString()).toList();
        assertThat(registrerade).containsExactly(serie + " 2026-00004", serie + " 2026-00006", serie + " 2026-00007",
                serie + " 2026-00008");
    }

    @Test
    void a_number_the_series_has_handed_out_cannot_be_imported_again() {
        var serie = nySerie();
        var registrerat = se.uppdrag.SomAdministrator.gor(() -> diarium.tilldela(serie, Year.of(2026)));
        assertThatThrownBy(() -> importera(registrerat))
                .isInstanceOfSatisfying(OgiltigtUppdragException.class, e -> assertThat(e.fel())
                        .containsEntry("diarienummer", "Diarienumret " + registrerat + " finns redan i diariet"));
    }

    @Test
    void an_imported_number_ahead_of_the_series_is_skipped_when_the_series_reaches_it() {
        var serie = nySerie();
        importera(new Diarienummer(serie, 2026, 2));
        assertThat(se.uppdrag.SomAdministrator.gor(() -> diarium.tilldela(serie, Year.of(2026))).lopnummer()).isEqualTo(1);
        assertThat(se.uppdrag.SomAdministrator.gor(() -> diarium.tilldela(serie, Year.of(2026))).lopnummer()).isEqualTo(3);
    }

    private void importera(Diarienummer nummer) {
        folk.loggaIn(TestFolk.AGARE);
        var h = Handlingar.enkel(uppdrag.nyttUtkast(), "Inläst " + nummer);
        folk.loggaIn(TestFolk.REGISTRATOR);
        var importerat = uppdrag.importera(medDiarienummer(h, nummer), UppdragStatus.AVSLUTAT);
        assertThat(importerat.diarienummer()).isEqualTo(nummer);
    }

    /** With the number and the decision stamp it had in the old diarium. */
    private Uppdragshandling medDiarienummer(Uppdragshandling h, Diarienummer nummer) {
        var beslutsfattare = folk.person(TestFolk.BESLUTSFATTARE);
        return new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(), h.huvud(), nummer, h.titel(),
                h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(), h.innefattar(), h.ska(),
                h.arbetsorganisation(), h.samband(), h.kommunikation(), h.tidplan(), h.finansiering(),
                new Beslutsform(h.beslutsform().rapporteringTill(), List.of(new Beslutsfattare(beslutsfattare, true)),
                        LocalDate.of(2026, 2, 2), beslutsfattare.namn()), h.distribution());
    }

    /** A series no other test uses. */
    private static String nySerie() {
        var random = new Random();
        var prefix = new StringBuilder("I");
        for (int i = 0; i < 7; i++) {
            prefix.append((char) ('A' + random.nextInt(26)));
        }
        return prefix.toString();
    }
}
