package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import se.uppdrag.Handlingar;
import se.uppdrag.SomAdministrator;
import se.uppdrag.TestFolk;
import se.uppdrag.delegation.DelegationsbeslutService;
import se.uppdrag.delegation.DelegationsregelFelException;
import se.uppdrag.delegation.Delegationsordning;
import se.uppdrag.delegation.NyDelegationsregel;
import se.uppdrag.delegation.Uppdragsslag;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.Enhetskod;
import se.uppdrag.personer.Enhetstyp;
import se.uppdrag.personer.NyEnhet;
import se.uppdrag.personer.OrganisationService;
import se.uppdrag.reporting.DelegationsrapportService;
import se.uppdrag.reporting.Rapportperiod;
import se.uppdrag.reporting.Rapporttexter;

/**
 * The delegationsordning in the uppdrag's life: "för beslut" needs a beslutsfattare with authority for the uppdrag's unit
 * (a rule for a unit covers the units under it), kind and amount on the day; the decision taken under it is recorded
 * with its rule and listed for anmälan. The test draft is a revision (it ersätter a document) of 1 250 000,50 kr; here
 * its only beslutsfattare is Märta, whom the cast gives no authority.
 */
class DelegationsordningTest extends ProcessTestBase {

    @Autowired
    Delegationsordning ordning;
    @Autowired
    OrganisationService organisation;
    @Autowired
    DelegationsrapportService rapporter;
    @Autowired
    DelegationsbeslutService register;
    @Autowired
    Beslutsratt beslutsratt;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaktion;

    private Enhet forvaltning;
    private Enhet avdelning;
    private Enhet annan;

    @BeforeEach
    void organisationen() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        SomAdministrator.gor(() -> {
            var region = TestFolk.region(organisation);
            forvaltning = organisation.skapa(new NyEnhet("Förvaltning " + suffix, new Enhetskod("F-" + suffix), Enhetstyp.FORVALTNING, region.id()));
            avdelning = organisation.skapa(new NyEnhet("Avdelning " + suffix, new Enhetskod("A-" + suffix), Enhetstyp.AVDELNING, forvaltning.id()));
            annan = organisation.skapa(new NyEnhet("Annan förvaltning " + suffix, new Enhetskod("G-" + suffix), Enhetstyp.FORVALTNING, region.id()));
            return null;
        });
    }

    @Test
    void a_draft_whose_beslutsfattare_has_no_authority_is_refused_for_beslut_with_the_reason_and_stays_a_draft() {
        var id = medMarta(avdelning.namn());

        assertThatThrownBy(() -> skickaForBeslut(id)).isInstanceOf(UtanBeslutsrattException.class)
                .hasMessage("Ingen av de valda beslutsfattarna (" + folk.person(TestFolk.MEDLEM).namn() + ") har delegation att "
                        + "besluta om uppdraget (enhet " + avdelning.namn() + ", revideringar, belopp 1 250 000,50 kr). Välj en "
                        + "beslutsfattare med delegation, eller be en administratör komplettera delegationsordningen.");
        assertThat(status(id)).isEqualTo(UppdragStatus.UTKAST);
        assertThat(uppgifter(TestFolk.AGARE, id, "utkast")).hasSize(1);
        assertThat(uppgifter(TestFolk.MEDLEM, id, "beslutsuppgift")).isEmpty();
    }

    @Test
    void authority_for_a_forvaltning_covers_its_avdelning_but_not_another_forvaltning() {
        regel(forvaltning, null, null, idag(), null);

        var iAvdelningen = medMarta(avdelning.namn());
        skickaForBeslut(iAvdelningen);
        assertThat(status(iAvdelningen)).isEqualTo(UppdragStatus.FOR_BESLUT);

        var iAnnan = medMarta(annan.namn());
        assertThatThrownBy(() -> skickaForBeslut(iAnnan)).isInstanceOf(UtanBeslutsrattException.class);
        var utanEnhet = medMarta("En enhet som inte finns i organisationen");
        assertThatThrownBy(() -> skickaForBeslut(utanEnhet)).as("only the region's rules cover an unknown unit")
                .isInstanceOf(UtanBeslutsrattException.class);
    }

    @Test
    void a_rule_for_new_uppdrag_does_not_cover_a_revision_and_one_for_revisions_does() {
        regel(forvaltning, Uppdragsslag.NYTT, null, idag(), null);
        var id = medMarta(avdelning.namn());
        assertThatThrownBy(() -> skickaForBeslut(id)).isInstanceOf(UtanBeslutsrattException.class);

        regel(forvaltning, Uppdragsslag.REVIDERING, null, idag(), null);
        skickaForBeslut(id);
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
    }

    @Test
    void the_amount_limit_is_held_against_the_financing_amount() {
        regel(forvaltning, null, new BigDecimal("1250000"), idag(), null);
        var id = medMarta(avdelning.namn());
        assertThatThrownBy(() -> skickaForBeslut(id)).as("1 250 000,50 kr is over 1 250 000 kr")
                .isInstanceOf(UtanBeslutsrattException.class);

        regel(forvaltning, null, new BigDecimal("1250000.50"), idag(), null);
        skickaForBeslut(id);
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
    }

    @Test
    void a_rule_that_has_ended_or_not_yet_begun_gives_no_authority() {
        regel(forvaltning, null, null, idag().minusYears(1), idag().minusDays(1));
        regel(forvaltning, null, null, idag().plusDays(1), null);
        var id = medMarta(avdelning.namn());
        assertThatThrownBy(() -> skickaForBeslut(id)).isInstanceOf(UtanBeslutsrattException.class);

        regel(forvaltning, null, null, idag().minusYears(1), idag());
        skickaForBeslut(id);
        assertThat(status(id)).as("the last day is included").isEqualTo(UppdragStatus.FOR_BESLUT);
    }

    @Test
    void one_beslutsfattare_with_authority_is_enough_to_send_it_for_beslut() {
        folk.loggaIn(TestFolk.AGARE);
        var h = uppdrag.hamta(nyttUtkast());
        var id = uppdrag.spara(Handlingar.medBeslutsfattare(Handlingar.iEnhet(h, annan.namn(), h.titel()), List.of(
                new Beslutsfattare(folk.person(TestFolk.MEDLEM), false), new Beslutsfattare(folk.person(TestFolk.GIVARE), false)))).id();
        skickaForBeslut(id);
        assertThat(status(id)).isEqualTo(UppdragStatus.FOR_BESLUT);
    }

    @Test
    void the_decision_under_delegation_is_recorded_with_its_rule_and_listed_for_anmalan_on_screen_pdf_and_xlsx() throws Exception {
        regel(forvaltning, Uppdragsslag.REVIDERING, new BigDecimal("2000000"), idag().minusMonths(1), null);
        var id = medMarta(avdelning.namn());
        skickaForBeslut(id);
        beslut.besluta(uppgift(TestFolk.MEDLEM, id, "beslutsuppgift").id(), Beslut.FASTSTALL, null);
        var handling = somRegistrator(id);
        assertThat(handling.status()).isEqualTo(UppdragStatus.PAGAENDE);

        folk.loggaIn(TestFolk.REGISTRATOR);
        var rapport = rapporter.rapport(new Rapportperiod(idag().minusDays(1), idag()), forvaltning);
        var marta = folk.person(TestFolk.MEDLEM).namn();
        assertThat(rapport.beslut()).singleElement().satisfies(rad -> {
            assertThat(rad.uppdragId()).isEqualTo(id.value());
            assertThat(rad.diarienummer()).as("given when it was registered").isEqualTo(handling.diarienummer().toString());
            assertThat(rad.beslutsdatum()).isEqualTo(idag());
            assertThat(rad.delegat()).isEqualTo(marta);
            assertThat(rad.beslutadAv()).isEqualTo(marta);
            assertThat(rad.regel()).isEqualTo(forvaltning.visning() + " med underliggande enheter, revideringar, högst 2 000 000 kr, "
                    + "gäller från " + idag().minusMonths(1) + " tills vidare");
        });
        assertThat(rapporter.rapport(new Rapportperiod(idag().minusDays(1), idag()), annan).beslut())
                .as("another unit's anmälan").isEmpty();
        assertThat(rapporter.rapport(new Rapportperiod(idag().minusYears(1), idag().minusDays(1)), forvaltning).beslut())
                .as("another period's").isEmpty();

        var skarm = rapporter.dokument(rapport, Rapporttexter.SVENSKA);
        try (var pdf = Loader.loadPDF(rapporter.pdf(rapport, Rapporttexter.SVENSKA))) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Delegationsbeslut för anmälan", "Märta Medlem", handling.diarienummer().toString(),
                    "Antal beslut: 1, varav utan giltig delegation: 0");
        }
        try (var bok = new XSSFWorkbook(new ByteArrayInputStream(rapporter.xlsx(rapport, Rapporttexter.SVENSKA)))) {
            var celler = new StringBuilder();
            bok.forEach(blad -> blad.forEach(rad -> rad.forEach(cell -> celler.append(cell.toString()).append('|'))));
            assertThat(celler.toString()).contains(marta, handling.diarienummer() + " " + handling.titel());
        }
        assertThat(skarm.sektioner()).extracting(s -> s.rubrik()).contains("Delegationsbeslut för anmälan");

        SomAdministrator.gor(() -> {
            var regeln = ordning.regler().stream().filter(r -> r.delegat().id().equals(person(TestFolk.MEDLEM))).findFirst().orElseThrow();
            assertThatThrownBy(() -> ordning.taBort(regeln.id())).hasMessage(
                    "Delegationen har använts för beslut och kan inte tas bort. Avsluta den i stället.");
            assertThat(ordning.avsluta(regeln.id(), idag()).giltigTill()).isEqualTo(idag());
            return null;
        });
    }

    @Test
    void only_administrators_keep_the_delegationsordning_and_only_registrators_and_administrators_read_its_decisions() {
        folk.loggaIn(TestFolk.AGARE);
        assertThatThrownBy(() -> ordning.skapa(new NyDelegationsregel(person(TestFolk.AGARE), forvaltning.id(), null, null,
                idag(), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ordning.regler()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.beslut(idag(), idag(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rapporter.rapport(new Rapportperiod(idag(), idag()), null)).isInstanceOf(AccessDeniedException.class);
        folk.loggaIn(TestFolk.REGISTRATOR);
        assertThatThrownBy(() -> ordning.regler()).isInstanceOf(AccessDeniedException.class);
        assertThat(register.beslut(idag(), idag(), forvaltning.id())).isEmpty();
    }

    @Test
    void a_rule_that_lacks_its_delegat_unit_or_first_day_or_ends_before_it_begins_is_refused_at_that_field() {
        folk.loggaIn(TestFolk.ADMINISTRATOR);
        var medlem = person(TestFolk.MEDLEM);
        assertThatThrownBy(() -> ordning.skapa(new NyDelegationsregel(null, forvaltning.id(), null, null, idag(), null)))
                .isInstanceOfSatisfying(DelegationsregelFelException.class, fel -> assertThat(fel.falt()).isEqualTo("delegat"))
                .hasMessage("Välj vem som får besluta.");
        assertThatThrownBy(() -> ordning.skapa(new NyDelegationsregel(medlem, null, null, null, idag(), null)))
                .isInstanceOfSatisfying(DelegationsregelFelException.class, fel -> assertThat(fel.falt()).isEqualTo("enhet"));
        assertThatThrownBy(() -> ordning.skapa(new NyDelegationsregel(medlem, forvaltning.id(), null, BigDecimal.ZERO, idag(), null)))
                .isInstanceOfSatisfying(DelegationsregelFelException.class, fel -> assertThat(fel.falt()).isEqualTo("beloppsgrans"));
        assertThatThrownBy(() -> ordning.skapa(new NyDelegationsregel(medlem, forvaltning.id(), null, null, null, null)))
                .isInstanceOfSatisfying(DelegationsregelFelException.class, fel -> assertThat(fel.falt()).isEqualTo("giltigFran"));
        assertThatThrownBy(() -> ordning.skapa(new NyDelegationsregel(medlem, forvaltning.id(), null, null, idag(), idag().minusDays(1))))
                .isInstanceOfSatisfying(DelegationsregelFelException.class, fel -> assertThat(fel.falt()).isEqualTo("giltigTill"))
                .hasMessage("Sista dagen kan inte ligga före första dagen.");
        assertThat(ordning.regler()).noneMatch(r -> r.delegat().id().equals(medlem));
    }

    @Test
    void a_new_installation_without_a_delegationsordning_says_that_an_administrator_must_record_it() {
        folk.loggaIn(TestFolk.AGARE);
        var h = uppdrag.hamta(nyttUtkast());
        folk.loggaIn(TestFolk.AGARE);
        transaktion.executeWithoutResult(tx -> {
            // as on a new installation: no rule at all (rolled back, so the shared database keeps its rules)
            jdbc.update("delete from delegationsbeslut");
            jdbc.update("delete from delegationsregel");
            assertThat(beslutsratt.arInlagd()).isFalse();
            assertThatThrownBy(() -> beslutsratt.krav(h)).isInstanceOf(UtanBeslutsrattException.class).hasMessage(
                    "Uppdraget kan inte skickas för beslut: ingen delegationsordning är inlagd ännu. En administratör behöver "
                            + "först lägga in vem som får besluta vad under Delegationsordning.");
            tx.setRollbackOnly();
        });
        assertThat(beslutsratt.arInlagd()).isTrue();
    }

    /** The test draft in the given unit, with Märta as its only beslutsfattare (deciding alone). */
    private UppdragId medMarta(String enhet) {
        folk.loggaIn(TestFolk.AGARE);
        var h = uppdrag.hamta(nyttUtkast());
        return uppdrag.spara(Handlingar.medBeslutsfattare(Handlingar.iEnhet(h, enhet, h.titel()),
                List.of(new Beslutsfattare(folk.person(TestFolk.MEDLEM), true)))).id();
    }

    private void regel(Enhet enhet, Uppdragsslag slag, BigDecimal grans, LocalDate fran, LocalDate till) {
        SomAdministrator.gor(() -> ordning.skapa(new NyDelegationsregel(person(TestFolk.MEDLEM), enhet.id(), slag, grans, fran, till)));
    }

    private LocalDate idag() {
        return LocalDate.now(klocka);
    }
}
