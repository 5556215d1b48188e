package se.uppdrag.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.uppdrag.diarium.Diarienummer;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.Person;
import se.uppdrag.plan.Plan;
import se.uppdrag.security.SystemInloggning;
import se.uppdrag.uppdrag.Aktivitet;
import se.uppdrag.uppdrag.Arbetsgruppsmedlem;
import se.uppdrag.uppdrag.Arbetsorganisation;
import se.uppdrag.uppdrag.Beslutsfattare;
import se.uppdrag.uppdrag.Beslutsform;
import se.uppdrag.uppdrag.Distribution;
import se.uppdrag.uppdrag.Ersatter;
import se.uppdrag.uppdrag.Finansiering;
import se.uppdrag.uppdrag.Huvud;
import se.uppdrag.uppdrag.Mottagare;
import se.uppdrag.uppdrag.Planplacering;
import se.uppdrag.uppdrag.Samband;
import se.uppdrag.uppdrag.Tidplan;
import se.uppdrag.uppdrag.Tidsperiod;
import se.uppdrag.uppdrag.UppdragService;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppdragshandling;

/** The demo uppdrag: the domain file's example in full, and a few others in other states. */
@Component
@Profile("dev")
class DemoUppdrag {

    private final UppdragService uppdrag;
    private final SystemInloggning inloggning;

    DemoUppdrag(UppdragService uppdrag, SystemInloggning inloggning) {
        this.uppdrag = uppdrag;
        this.inloggning = inloggning;
    }

    /**
     * In the regional board's plan: the change management uppdrag decided before the plan was adopted (number 3), the
     * domain file's example decided after (number 7, so tillkommande); the older ones are outside the plan.
     */
    void skapa(Map<String, Person> f, Plan plan) {
        var forandring = inloggning.som("britt", () -> uppdrag.importera(iPlan(enkel(f, "Förändringsledning vid införande",
                f.get("ahmed"), LocalDate.of(2026, 2, 10), Diarienummer.parse("RS 2026-00398")), plan, 1, "3"),
                UppdragStatus.PAGAENDE));
        var exempel = iPlan(exempel(f, forandring), plan, 0, "7");
        inloggning.som("britt", () -> uppdrag.importera(exempel, UppdragStatus.PAGAENDE));
        inloggning.som("britt", () -> uppdrag.importera(enkel(f, "Kompetensförsörjning inom bild- och funktionsmedicin",
                f.get("maria"), LocalDate.of(2025, 4, 7), Diarienummer.parse("RS 2025-01187")), UppdragStatus.AVSLUTAT));
        inloggning.som("britt", () -> uppdrag.importera(enkel(f, "Gemensam lokalförsörjningsplan för sjukhusen",
                f.get("lena"), LocalDate.of(2025, 9, 1), Diarienummer.parse("RS 2025-03321")), UppdragStatus.PAUSAT));
        inloggning.som("maria", () -> uppdrag.skapa(utkast(uppdrag.nyttUtkast(), f)));
    }

    private static Uppdragshandling iPlan(Uppdragshandling h, Plan plan, int malomrade, String nummer) {
        return h.iPlan(new Planplacering(plan.id(), plan.malomraden().get(malomrade).id(), nummer, plan.antagenAv(), List.of()));
    }

    private Uppdragshandling exempel(Map<String, Person> f, Uppdragshandling forandring) {
        var huvud = new Huvud("Region Exempel", "Koncernkontoret", LocalDate.of(2026, 3, 2));
        var gruppen = List.of("karin", "ahmed", "lena", "per", "eva", "johan", "sara", "nils");
        var roller = List.of("beslutsfattare Samordningsgruppen", "programchef", "sjukhusdirektör Norra sjukhuset",
                "förvaltningschef Primärvården", "utvecklingschef digitalisering", "strateg vårdens processer",
                "controller", "HR-strateg");
        var medlemmar = new java.util.ArrayList<Arbetsgruppsmedlem>();
        for (int i = 0; i < gruppen.size(); i++) {
            medlemmar.add(new Arbetsgruppsmedlem(f.get(gruppen.get(i)), roller.get(i), false, false));
        }
        medlemmar.add(new Arbetsgruppsmedlem(f.get("maria"), "utvecklingsstrateg", true, true));
        var genomforande = new java.util.ArrayList<Mottagare>();
        genomforande.add(Mottagare.person(f.get("maria"), null));
        gruppen.forEach(namn -> genomforande.add(Mottagare.person(f.get(namn), null)));
        return new Uppdragshandling(null, 0, UppdragStatus.UTKAST, f.get("maria"), huvud,
                Diarienummer.parse("RS 2026-00412"), "Samordnad införandeplanering av digitala vårdtjänster",
                List.of(f.get("karin"), f.get("olof")), f.get("maria"),
                Ersatter.dokument("Införandeplanering digitala vårdtjänster", LocalDate.of(2026, 1, 15)),
                """
                Regionen inför under de kommande åren flera digitala vårdtjänster. Införandena planeras i dag var för sig, \
                vilket ger dubbelarbete och en ojämn belastning på verksamheterna.

                Syftet med uppdraget är att ta fram en samordnad införandeplanering så att verksamheterna får en \
                samlad bild av vad som ska införas, när och med vilket stöd.""",
                List.of("ta fram förslag på en gemensam införandeplan för 2026–2027",
                        "kartlägga verksamheternas kapacitet att ta emot nya tjänster",
                        "föreslå former för uppföljning av införandena"),
                List.of("utgå från regionens digitaliseringsstrategi",
                        "inkludera berörda intressenter, bland annat patientföreträdare och fackliga organisationer",
                        "beakta pågående upphandlingar"),
                new Arbetsorganisation(medlemmar, "Till gruppen adderas ytterligare resurser vid behov."),
                new Samband(List.of(new se.uppdrag.uppdrag.UppdragRef(forandring.id(), forandring.titel(), forandring.diarienummer())),
                        "Uppdraget genomförs inom ramen för Samordningsgruppen och i samarbete med uppdraget om förändringsledning."),
                "Via Samordningsgruppen.",
                new Tidplan("Arbetet är högt prioriterat.", LocalDate.of(2026, 10, 1), List.of(
                        new Aktivitet("Resurssättning och metod", Tidsperiod.manader(YearMonth.of(2026, 3), YearMonth.of(2026, 4)), f.get("maria")),
                        new Aktivitet("Seminarier, förankring och facklig samverkan", Tidsperiod.manader(YearMonth.of(2026, 5), YearMonth.of(2026, 6)), f.get("ahmed")),
                        new Aktivitet("Sammanställning och förslag", Tidsperiod.manader(YearMonth.of(2026, 8), YearMonth.of(2026, 9)), f.get("maria")),
                        new Aktivitet("Beslut och genomförande", Tidsperiod.manader(YearMonth.of(2026, 10), YearMonth.of(2027, 3)), f.get("eva")))),
                new Finansiering("Hanteras inom ordinarie verksamhet.", null),
                new Beslutsform("Rapportering sker till beslutsfattare för Samordningsgruppen.",
                        List.of(new Beslutsfattare(f.get("karin"), false), new Beslutsfattare(f.get("olof"), false)),
                        LocalDate.of(2026, 3, 2), "Karin Ek och Olof Lind"),
                new Distribution(genomforande, List.of(Mottagare.person(f.get("olof"), null), Mottagare.person(f.get("tove"), null),
                        Mottagare.person(f.get("rune"), "för distribution till koncernledningen"),
                        Mottagare.epost(EmailAddress.of("samverkan@regionexempel.se"), "Ida Fors",
                                "för distribution till förvaltningarnas samverkansgrupp"))));
    }

    private Uppdragshandling enkel(Map<String, Person> f, String titel, Person tagare, LocalDate datum, Diarienummer dnr) {
        return new Uppdragshandling(null, 0, UppdragStatus.UTKAST, tagare, new Huvud("Region Exempel", "Koncernkontoret", datum),
                dnr, titel, List.of(f.get("karin")), tagare, null, "Bakgrund och syfte beskrivs i bilaga.",
                List.of("ta fram ett förslag"), List.of("utgå från befintliga styrdokument"),
                new Arbetsorganisation(List.of(new Arbetsgruppsmedlem(tagare, null, true, true)), null),
                new Samband(List.of(), null), null, new Tidplan(null, datum.plusMonths(6), List.of()),
                new Finansiering("Hanteras inom ordinarie verksamhet.", new BigDecimal("250000")),
                new Beslutsform(null, List.of(new Beslutsfattare(f.get("karin"), true)), datum, "Karin Ek"),
                new Distribution(List.of(Mottagare.person(tagare, null)), List.of(Mottagare.person(f.get("olof"), null))));
    }

    private Uppdragshandling utkast(Uppdragshandling tomt, Map<String, Person> f) {
        return new Uppdragshandling(null, 0, UppdragStatus.UTKAST, tomt.agare(), tomt.huvud(), null,
                "Översyn av remisshantering i primärvården", List.of(f.get("olof")), f.get("maria"), null,
                "Remisser mellan primärvård och specialistvård tar i dag för lång tid.", List.of("kartlägga flödet"),
                List.of(), tomt.arbetsorganisation(), tomt.samband(), null, tomt.tidplan(), tomt.finansiering(),
                new Beslutsform(null, List.of(new Beslutsfattare(f.get("olof"), true)), null, null), tomt.distribution());
    }
}
