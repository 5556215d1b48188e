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
import se.uppdrag.personer.KatalogService;
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
}
