package se.uppdrag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.uppdrag.Aktivitet;
import se.uppdrag.uppdrag.Arbetsgruppsmedlem;
import se.uppdrag.uppdrag.Arbetsorganisation;
import se.uppdrag.uppdrag.Beslutsfattare;
import se.uppdrag.uppdrag.Beslutsform;
import se.uppdrag.uppdrag.Distribution;
import se.uppdrag.uppdrag.Ersatter;
import se.uppdrag.uppdrag.Finansiering;
import se.uppdrag.uppdrag.Mottagare;
import se.uppdrag.uppdrag.Samband;
import se.uppdrag.uppdrag.Tidplan;
import se.uppdrag.uppdrag.Tidsperiod;
import se.uppdrag.uppdrag.UppdragRef;
import se.uppdrag.uppdrag.Uppdragshandling;

/** Uppdragshandlingar for tests, built on an empty draft from the service. */
public final class Handlingar {

    private Handlingar() {
    }

    /** Only a title: the smallest draft that may be saved. */
    public static Uppdragshandling enkel(Uppdragshandling tomt, String titel) {
        return new Uppdragshandling(null, 0, tomt.status(), tomt.agare(), tomt.huvud(), null, titel, List.of(), null, null,
                null, List.of(), List.of(), tomt.arbetsorganisation(), tomt.samband(), null, tomt.tidplan(),
                tomt.finansiering(), tomt.beslutsform(), tomt.distribution());
    }

    /** Every section filled in, with Swedish characters everywhere, linked to another uppdrag. */
    public static Uppdragshandling fullstandig(Uppdragshandling tomt, TestFolk f, UppdragRef lankat) {
        return new Uppdragshandling(null, 0, tomt.status(), tomt.agare(), tomt.huvud(), null,
                "Hälso- och sjukvårdens organisering av verksamhetsutveckling – åäö ÅÄÖ é ü",
                List.of(f.person(TestFolk.GIVARE), f.person(TestFolk.GIVARE2)), f.person(TestFolk.TAGARE),
                Ersatter.dokument("Tidigare uppdrag om vårdens utveckling", LocalDate.of(2025, 12, 1)),
                "Bakgrund: vården ställer om.\n\nSyfte: att öka förmågan till förändring på ett samordnat sätt.",
                List.of("kartlägga nuläget", "föreslå en ny organisering", "beskriva konsekvenser för medarbetare"),
                List.of("utgå från beslutad strategi", "inkludera fackliga företrädare"),
                new Arbetsorganisation(List.of(
                        new Arbetsgruppsmedlem(f.person(TestFolk.TAGARE), "sammanställande", true, true),
                        new Arbetsgruppsmedlem(f.person(TestFolk.MEDLEM), "controller, ekonomistöd", false, false)),
                        "Till gruppen adderas ytterligare resurser vid behov."),
                new Samband(List.of(lankat), "Gränsdragning mot pågående översyn av primärvården."),
                "Via samordningsgruppen för hälso- och sjukvård.",
                new Tidplan("Arbetet är högt prioriterat.", tomt.huvud().datum().plusMonths(9), se.uppdrag.uppdrag.Statusrapportering.KVARTAL, List.of(
                        new Aktivitet("Nulägesanalys", Tidsperiod.manader(YearMonth.of(2026, 6), YearMonth.of(2026, 8)),
                                f.person(TestFolk.MEDLEM)),
                        new Aktivitet("Förankring", Tidsperiod.datum(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 15)), null))),
                new Finansiering("Inom ordinarie budget, därutöver särskilda medel.", new BigDecimal("1250000.50")),
                new Beslutsform("Rapportering sker till beslutsfattare för samordningsgruppen.",
                        List.of(new Beslutsfattare(f.person(TestFolk.BESLUTSFATTARE), true),
                                new Beslutsfattare(f.person(TestFolk.GIVARE), false)), null, null),
                new Distribution(
                        List.of(Mottagare.person(f.person(TestFolk.TAGARE), null), Mottagare.person(f.person(TestFolk.MEDLEM), null)),
                        List.of(Mottagare.person(f.person(TestFolk.MOTTAGARE), "för distribution till koncernledningen"),
                                Mottagare.epost(EmailAddress.of("samverkan@regionexempel.se"), "Samverkansgruppen",
                                        "för distribution till förvaltningarna"))));
    }

    /** The same handling with another title, as an editor would send it. */
    public static Uppdragshandling medTitel(Uppdragshandling h, String titel) {
        return new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(), h.huvud(), h.diarienummer(), titel,
                h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(), h.innefattar(), h.ska(),
                h.arbetsorganisation(), h.samband(), h.kommunikation(), h.tidplan(), h.finansiering(), h.beslutsform(),
                h.distribution());
    }

    public static Uppdragshandling medBeslutsfattare(Uppdragshandling h, List<se.uppdrag.uppdrag.Beslutsfattare> beslutsfattare) {
        return new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(), h.huvud(), h.diarienummer(), h.titel(),
                h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(), h.innefattar(), h.ska(),
                h.arbetsorganisation(), h.samband(), h.kommunikation(), h.tidplan(), h.finansiering(),
                new Beslutsform(h.beslutsform().rapporteringTill(), beslutsfattare, null, null), h.distribution());
    }

    /** The same handling for another unit, with another title. */
    public static Uppdragshandling iEnhet(Uppdragshandling h, String enhet, String titel) {
        return new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(),
                new se.uppdrag.uppdrag.Huvud(h.huvud().organisation(), enhet, h.huvud().datum()), h.diarienummer(), titel,
                h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(), h.innefattar(), h.ska(),
                h.arbetsorganisation(), h.samband(), h.kommunikation(), h.tidplan(), h.finansiering(), h.beslutsform(),
                h.distribution());
    }

    /** Decided on the day by the handling's beslutsfattare, as an uppdrag from the old diarium is imported. */
    public static Uppdragshandling beslutad(Uppdragshandling h, LocalDate dag) {
        return new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(), h.huvud(), h.diarienummer(), h.titel(),
                h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(), h.innefattar(), h.ska(),
                h.arbetsorganisation(), h.samband(), h.kommunikation(), h.tidplan(), h.finansiering(),
                new Beslutsform(h.beslutsform().rapporteringTill(), h.beslutsform().beslutsfattare(), dag,
                        h.beslutsform().beslutsfattare().getFirst().person().namn()), h.distribution());
    }

    public static Uppdragshandling medSlutleverans(Uppdragshandling h, LocalDate slutleverans) {
        return new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(), h.huvud(), h.diarienummer(), h.titel(),
                h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(), h.innefattar(), h.ska(),
                h.arbetsorganisation(), h.samband(), h.kommunikation(),
                new Tidplan(h.tidplan().prioritet(), slutleverans, h.tidplan().statusrapportering(), h.tidplan().aktiviteter()),
                h.finansiering(), h.beslutsform(), h.distribution());
    }

    public static Uppdragshandling medFinansiering(Uppdragshandling h, se.uppdrag.uppdrag.Finansiering finansiering) {
        return new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(), h.huvud(), h.diarienummer(), h.titel(),
                h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(), h.innefattar(), h.ska(),
                h.arbetsorganisation(), h.samband(), h.kommunikation(), h.tidplan(), finansiering, h.beslutsform(), h.distribution());
    }

    public static Uppdragshandling utanSlutleverans(Uppdragshandling h) {
        return new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(), h.huvud(), h.diarienummer(), h.titel(),
                h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(), h.innefattar(), h.ska(),
                h.arbetsorganisation(), h.samband(), h.kommunikation(),
                new Tidplan(h.tidplan().prioritet(), null, h.tidplan().statusrapportering(), h.tidplan().aktiviteter()),
                h.finansiering(), h.beslutsform(), h.distribution());
    }

    public static Uppdragshandling medTidplan(Uppdragshandling h, Tidplan tidplan) {
        return new Uppdragshandling(h.id(), h.version(), h.status(), h.agare(), h.huvud(), h.diarienummer(), h.titel(),
                h.uppdragsgivare(), h.uppdragstagare(), h.ersatter(), h.beskrivning(), h.innefattar(), h.ska(),
                h.arbetsorganisation(), h.samband(), h.kommunikation(), tidplan, h.finansiering(), h.beslutsform(), h.distribution());
    }

    /** Saves, as the owner, a full uppdragshandling linked to a smaller one, and returns it. */
    public static Uppdragshandling sparaFullstandigt(se.uppdrag.uppdrag.UppdragService uppdrag, TestFolk folk) {
        folk.loggaIn(TestFolk.AGARE);
        var lankat = uppdrag.skapa(enkel(uppdrag.nyttUtkast(), "Förstudie " + folk.anvandarnamn("x")));
        return uppdrag.skapa(fullstandig(uppdrag.nyttUtkast(), folk, new UppdragRef(lankat.id(), lankat.titel(), null)));
    }
}
