package se.uppdrag.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.personer.KatalogService;

@IntegrationTest
class AktivaInloggningarTest {

    @Autowired
    ApplicationContext beans;
    @Autowired
    AktivaInloggningar aktiva;
    @Autowired
    KatalogService katalog;

    @AfterEach
    void loggaUt() {
        TestFolk.loggaUt();
    }

    @Test
    void a_login_whose_person_is_deactivated_in_the_directory_is_no_longer_active_and_is_again_when_reactivated() {
        var folk = TestFolk.nytt(beans);
        var medlem = folk.anvandarnamn(TestFolk.MEDLEM);
        assertThat(aktiva.aktiv(medlem)).isTrue();

        folk.loggaIn(TestFolk.ADMINISTRATOR);
        katalog.inaktivera(folk.person(TestFolk.MEDLEM).id());
        assertThat(aktiva.aktiv(medlem)).as("the session filter ends its sessions").isFalse();

        katalog.aktivera(folk.person(TestFolk.MEDLEM).id());
        assertThat(aktiva.aktiv(medlem)).isTrue();
        assertThat(aktiva.aktiv("finns-inte-" + medlem)).isFalse();
    }
}
