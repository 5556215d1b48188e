package se.uppdrag.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import java.nio.charset.StandardCharsets;
import se.uppdrag.personer.Enhetskod;
import se.uppdrag.personer.Enhetstyp;
import se.uppdrag.personer.KatalogService;
import se.uppdrag.personer.KatalogimportService;
import se.uppdrag.personer.NyEnhet;
import se.uppdrag.personer.OrganisationService;
import se.uppdrag.personer.Personuppgifter;
import se.uppdrag.security.internal.SakerhetshandelseRepository;

@IntegrationTest
class KatalogLoggTest {

    @Autowired
    ApplicationContext beans;
    @Autowired
    KatalogService katalog;
    @Autowired
    SakerhetshandelseRepository logg;

    @AfterEach
    void ut() {
        TestFolk.loggaUt();
    }

    @Test
    void every_administrative_change_of_the_directory_is_in_the_audit_log_with_who_made_it() {
        var folk = TestFolk.nytt(beans);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var namn = "Loggad Person " + UUID.randomUUID();
        var person = katalog.skapa(new Personuppgifter(namn, null, null, null, null, null, null));
        katalog.inaktivera(person.id());
        var rader = logg.findByTypOrderByIdDesc(Sakerhetshandelse.Typ.ADMINISTRATION, PageRequest.of(0, 50)).stream()
                .map(e -> e.till()).filter(h -> h.beskrivning().contains(namn)).toList();
        assertThat(rader).extracting(Sakerhetshandelse::beskrivning)
                .anyMatch(b -> b.startsWith("Person skapad: " + namn)).anyMatch(b -> b.startsWith("Person inaktiverad: " + namn));
        assertThat(rader).allMatch(h -> folk.anvandarnamn(TestFolk.ADMINISTRATOR).equals(h.anvandare()));
    }

    @Test
    void units_and_applied_imports_are_in_the_audit_log_too() {
        var folk = TestFolk.nytt(beans);
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var organisation = beans.getBean(OrganisationService.class);
        var kod = "LOGG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var region = organisation.alla().stream().filter(e -> e.typ() == Enhetstyp.REGION).findFirst()
                .orElseGet(() -> organisation.skapa(new NyEnhet("Region Logg", new Enhetskod("R" + kod), Enhetstyp.REGION, null)));
        var enhet = organisation.skapa(new NyEnhet("Loggad förvaltning", new Enhetskod(kod), Enhetstyp.FORVALTNING, region.id()));
        organisation.andra(enhet.id(), "Omdöpt förvaltning", new Enhetskod(kod));
        var importer = beans.getBean(KatalogimportService.class);
        var fil = ("anstallningsid;namn;enhetskod\n" + kod + "-1;Importerad Person;" + kod + "\n").getBytes(StandardCharsets.UTF_8);
        importer.importera(fil, importer.forhandsgranska(fil));
        var rader = logg.findByTypOrderByIdDesc(Sakerhetshandelse.Typ.ADMINISTRATION, PageRequest.of(0, 50)).stream()
                .map(e -> e.till().beskrivning()).toList();
        assertThat(rader).contains("Enhet skapad: Loggad förvaltning (" + kod + "), förvaltning",
                "Enhet ändrad: Loggad förvaltning (" + kod + ") heter nu Omdöpt förvaltning (" + kod + ")")
                .anyMatch(b -> b.startsWith("Katalogimport: 1 nya, 0 ändrade"));
    }
}
