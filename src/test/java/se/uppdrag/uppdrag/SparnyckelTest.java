package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.Handlingar;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.internal.UppdragRepository;

/**
 * A "Spara utkast" whose reply never came is sent again with the key the editor made for its form: one uppdrag, not
 * two.
 */
class SparnyckelTest extends UppdragTestBase {

    @Autowired
    UppdragRepository repository;
    @Autowired
    UppdragHistorikService historik;

    private Uppdragshandling nyttUtkast(String titel) {
        folk.loggaIn(TestFolk.AGARE);
        return Handlingar.enkel(uppdrag.nyttUtkast(), titel + " " + folk.anvandarnamn("x"));
    }

    @Test
    void the_same_first_save_sent_twice_with_one_key_makes_one_uppdrag() {
        var utkast = nyttUtkast("Sparat två gånger");
        var nyckel = UUID.randomUUID();
        var fore = repository.count();

        var forsta = uppdrag.skapa(utkast, nyckel);
        var andra = uppdrag.skapa(utkast, nyckel);

        assertThat(andra.id()).isEqualTo(forsta.id());
        assertThat(andra.version()).isEqualTo(forsta.version());
        assertThat(repository.count()).isEqualTo(fore + 1);
        assertThat(historik.handelser(forsta.id()).stream().map(Handelse::typ).filter(HandelseTyp.SKAPAT::equals))
                .hasSize(1);
    }

    @Test
    void another_form_with_its_own_key_makes_another_uppdrag() {
        var utkast = nyttUtkast("Två formulär");
        var fore = repository.count();

        var forsta = uppdrag.skapa(utkast, UUID.randomUUID());
        var andra = uppdrag.skapa(utkast, UUID.randomUUID());

        assertThat(andra.id()).isNotEqualTo(forsta.id());
        assertThat(repository.count()).isEqualTo(fore + 2);
    }

    @Test
    void someone_else_s_key_does_not_show_their_draft() {
        var nyckel = UUID.randomUUID();
        uppdrag.skapa(nyttUtkast("Åsas utkast"), nyckel);

        folk.loggaIn(TestFolk.UTOMSTAENDE);
        var hennes = Handlingar.enkel(uppdrag.nyttUtkast(), "Ulfs utkast");

        assertThatThrownBy(() -> uppdrag.skapa(hennes, nyckel)).isInstanceOf(AccessDeniedException.class);
    }
}
