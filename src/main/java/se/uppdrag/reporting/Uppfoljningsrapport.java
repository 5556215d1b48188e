package se.uppdrag.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.diarium.Diarienummer;
import se.uppdrag.uppdrag.Statusrapport;
import se.uppdrag.uppdrag.UppdragId;

/**
 * The uppföljningsrapport of a period and unit (all units when {@code enhet} is null), as it stood on {@code per}
 * (the period's last day, or today while the period runs): the counts, the table Uppdrag/åtgärd | Tidplan | Ansvarig |
 * Status | Kommentar (grouped by plan and målområde), the uppdrag added during the period (decided in it and, for an
 * uppdrag of a plan, after the plan was adopted), those whose återredovisning is late, the indicators of their plans,
 * their money and their effects.
 */
public record Uppfoljningsrapport(Rapportperiod period, @Nullable String enhet, LocalDate per, Antal antal,
        List<Rad> rader, List<Tillkommande> tillkommande, List<Forsenat> forsenade, List<Indikatorrad> indikatorer,
        Ekonomisammanstallning ekonomi, List<Effektrad> effekter) {

    public Uppfoljningsrapport {
        rader = List.copyOf(rader);
        tillkommande = List.copyOf(tillkommande);
        forsenade = List.copyOf(forsenade);
        indikatorer = List.copyOf(indikatorer);
        effekter = List.copyOf(effekter);
    }

    /**
     * The plans' målområden its rows are reported under, in the report's order: plan by plan, each plan's målområden in
     * the plan's order, the uppdrag outside the plans last. Each is a {@link Placering#grupp()}.
     */
    public List<Placering> grupper() {
        return rader.stream().map(r -> r.placering().grupp()).distinct().toList();
    }

    /**
     * Effekthemtagning: an uppdrag's row (for its name, tidplan and ansvarig), the effect it is expected to give, and the
     * effect realised with its comment from the latest status report by the report's day that gave one.
     */
    public record Effektrad(Rad rad, @Nullable String beraknad, @Nullable String realiserad, String kommentar) {
    }

    /**
     * An indicator of a plan the report's uppdrag belong to, for the report's year {@code ar} (the year the period ends):
     * the year before's outcome, the year's target and outcome, status and trend; {@code grupp} the plan and målområde
     * of its mål.
     */
    public record Indikatorrad(String plan, se.uppdrag.plan.Indikator indikator, int ar, Placering grupp) {
    }

    /**
     * The plan and målområde an uppdrag is reported under, and its number there; {@code ordning} sorts the målområden
     * as the plan has them. {@link #UTAN_PLAN} for an uppdrag outside every plan (or of a målområde no longer there).
     */
    public record Placering(@Nullable String plan, @Nullable String malomrade, @Nullable String nummer, int ordning) {

        public static final Placering UTAN_PLAN = new Placering(null, null, null, Integer.MAX_VALUE);

        /** The report's order: plans by name (outside every plan last), the målområden as the plan has them, then the number. */
        public static final java.util.Comparator<Placering> ORDNING = java.util.Comparator
                .comparing((Placering p) -> p.plan() == null ? "\uffff" : p.plan())
                .thenComparingInt(Placering::ordning)
                .thenComparing(p -> p.nummer() == null ? "" : p.nummer(), Uppfoljningsberakning::naturligt);

        /** The group the tables are divided by: plan and målområde, ignoring the number. */
        public Placering grupp() {
            return new Placering(plan, malomrade, null, ordning);
        }

        public boolean utanPlan() {
            return plan == null;
        }

        /** Whether the other is the same part of the report by its names (a kept summary knows no order or number). */
        public boolean sammaGrupp(Placering annan) {
            return java.util.Objects.equals(plan, annan.plan) && java.util.Objects.equals(malomrade, annan.malomrade);
        }
    }

    public record Antal(int nya, int pagaende, int avslutade, int pausade, int strukna, int forsenade) {
    }

    /** Where an uppdrag stood on the report's day. */
    public enum Lage { PAGAENDE, SLUTRAPPORT_INLAMNAD, PAUSAD, GENOMFORD, STRUKEN, ERSATT }

    /**
     * A row of the table; {@code ljus}, {@code trend} and {@code rapportdatum} from the latest status report, if there
     * is one; {@code lagesdatum} is when it was paused, closed, struck or superseded; {@code kommentar} the reason
     * given then, otherwise the latest status report's comment; {@code klockan} the changes of its clock in the period
     * (a moved återredovisning, a pause), which the Kommentar column adds.
     */
    public record Rad(UppdragId id, @Nullable Diarienummer diarienummer, String titel, LocalDate beslutsdatum,
            LocalDate aterredovisasSenast, boolean utanSlutleverans, String ansvarig, Lage lage,
            Statusrapport.@Nullable Ljus ljus, Statusrapport.@Nullable Trend trend, @Nullable LocalDate rapportdatum,
            @Nullable LocalDate lagesdatum, String kommentar, Placering placering, List<Klockandring> klockan) {

        public Rad {
            klockan = List.copyOf(klockan);
        }
    }

    /**
     * A change of the clock the uppdrag is followed by, in the period: its återredovisning moved on {@code dag} (the
     * {@code text} says from, to and why), or a pause from {@code dag} to {@code slut} (null while it lasts) and why.
     */
    public record Klockandring(Slag slag, LocalDate dag, @Nullable LocalDate slut, String text) {

        public enum Slag { FLYTTAD, PAUSAD }
    }

    public record Tillkommande(UppdragId id, @Nullable Diarienummer diarienummer, String titel, LocalDate beslutsdatum,
            List<String> uppdragsgivare, String ansvarig, @Nullable String ersatter, Placering placering) {

        public Tillkommande {
            uppdragsgivare = List.copyOf(uppdragsgivare);
        }
    }

    /** An uppdrag whose återredovisning is late on the report's day, by {@code dagar} days. */
    public record Forsenat(UppdragId id, @Nullable Diarienummer diarienummer, String titel, String ansvarig,
            LocalDate aterredovisasSenast, boolean utanSlutleverans, long dagar) {
    }
}
