package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.Ersattningskedja.Led;
import se.uppdrag.uppdrag.Ersattningskedja.Plats;

/** The "ersätter" chain: the uppdrag a revision replaces and the revisions of an uppdrag, oldest first. */
class ErsattningskedjaTest extends ProcessTestBase {

    @Autowired
    ErsattningskedjaService kedjor;

    @Test
    void the_chain_runs_in_order_from_the_first_uppdrag_through_every_revision() {
        var forsta = faststalltUppdrag();
        folk.loggaIn(TestFolk.GIVARE);
        var andra = atgarder.revidera(forsta);
        skickaForBeslut(andra);
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, andra, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        folk.loggaIn(TestFolk.GIVARE);
        var tredje = atgarder.revidera(andra);

        folk.loggaIn(TestFolk.MEDLEM);
        var franMitten = kedjor.kedja(andra);
        assertThat(franMitten.led()).extracting(l -> l.uppdrag().id(), Led::plats, Led::direkt).containsExactly(
                tuple(forsta, Plats.TIDIGARE, true), tuple(andra, Plats.DETTA, false), tuple(tredje, Plats.SENARE, true));
        assertThat(franMitten.led()).extracting(l -> l.uppdrag().status())
                .containsExactly(UppdragStatus.ERSATT, UppdragStatus.PAGAENDE, UppdragStatus.UTKAST);
        assertThat(franMitten.ersatter()).extracting(l -> l.uppdrag().diarienummer()).containsExactly(somRegistrator(forsta).diarienummer());
        folk.loggaIn(TestFolk.MEDLEM);
        assertThat(kedjor.kedja(forsta).led()).extracting(l -> l.uppdrag().id(), Led::direkt)
                .containsExactly(tuple(forsta, false), tuple(andra, true), tuple(tredje, false));
        assertThat(kedjor.kedja(tredje).ersattAv()).isEmpty();
    }

    @Test
    void a_link_the_user_may_not_open_says_nothing_about_that_uppdrag() {
        var forsta = faststalltUppdrag();
        folk.loggaIn(TestFolk.GIVARE);
        var revision = atgarder.revidera(forsta);
        folk.loggaIn(TestFolk.AGARE);
        var h = uppdrag.hamta(revision);
        uppdrag.spara(new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(), h.huvud(), h.diarienummer(), h.titel(),
                h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(), h.innefattar(), h.ska(),
                h.arbetsorganisation(), h.samband(), h.kommunikation(), h.tidplan(), h.finansiering(), h.beslutsform(),
                new Distribution(h.distribution().forGenomforande(), java.util.List.of())));

        folk.loggaIn(TestFolk.MOTTAGARE);
        var kedja = kedjor.kedja(forsta);
        assertThat(kedja.led()).extracting(Led::plats, Led::kanOppnas).containsExactly(tuple(Plats.DETTA, true), tuple(Plats.SENARE, false));
        assertThat(kedja.ersattAv().getFirst().uppdrag()).isNull();
        folk.loggaIn(TestFolk.AGARE);
        assertThat(kedjor.kedja(forsta).ersattAv()).extracting(l -> l.uppdrag().id()).containsExactly(revision);

        folk.loggaIn(TestFolk.UTOMSTAENDE);
        assertThatThrownBy(() -> kedjor.kedja(forsta)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_uppdrag_without_revisions_is_alone_in_its_chain() {
        var id = nyttUtkast();
        assertThat(kedjor.kedja(id).arEnsam()).isTrue();
    }
}
