package se.uppdrag.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.uppdrag.plan.Indikator;
import se.uppdrag.plan.Plan;
import se.uppdrag.plan.PlanId;
import se.uppdrag.reporting.Uppfoljningsrapport.Antal;
import se.uppdrag.reporting.Uppfoljningsrapport.Forsenat;
import se.uppdrag.reporting.Uppfoljningsrapport.Indikatorrad;
import se.uppdrag.reporting.Uppfoljningsrapport.Klockandring;
import se.uppdrag.reporting.Uppfoljningsrapport.Lage;
import se.uppdrag.reporting.Uppfoljningsrapport.Placering;
import se.uppdrag.reporting.Uppfoljningsrapport.Rad;
import se.uppdrag.reporting.Uppfoljningsrapport.Tillkommande;
import se.uppdrag.uppdrag.HandelseTyp;
import se.uppdrag.uppdrag.Statusrapport;
import se.uppdrag.uppdrag.UppdragStatus;
import se.uppdrag.uppdrag.Uppfoljningsunderlag;
import se.uppdrag.uppdrag.Uppfoljningsunderlag.Statusandring;

/**
 * Computes the uppföljningsrapport from the uppdrag's steps, as things stood on the report's day: nya are decided in
 * the period, avslutade and strukna were closed in it, pågående and pausade were so on the day, and försenade were
 * pågående past their återredovisning (slutleverans, or 90 days after the decision, or the date it was moved to, moved
 * on by the days it stood paused) on the day.
 */
final class Uppfoljningsberakning {

    private static final Set<HandelseTyp> AVSLUTANDE = Set.of(HandelseTyp.STRUKET, HandelseTyp.SLUTRAPPORT_GODKAND,
            HandelseTyp.ERSATT);
    private static final Set<UppdragStatus> STANGDA = Set.of(UppdragStatus.AVSLUTAT, UppdragStatus.STRUKET,
            UppdragStatus.ERSATT);

    private Uppfoljningsberakning() {
    }

    static Uppfoljningsrapport berakna(Rapportperiod period, @Nullable String enhet, LocalDate idag, ZoneId zon,
            List<Uppfoljningsunderlag> underlag) {
        return berakna(period, enhet, idag, zon, underlag, Map.of());
    }

    /**
     * As above, with the plans the uppdrag name: rows are grouped by plan and målområde (in the plan's order, those
     * outside every plan last), and an uppdrag of an adopted plan is tillkommande only when decided after its adoption.
     * Nya counts every uppdrag decided in the period.
     */
    static Uppfoljningsrapport berakna(Rapportperiod period, @Nullable String enhet, LocalDate idag, ZoneId zon,
            List<Uppfoljningsunderlag> underlag, Map<PlanId, Plan> planer) {
        return berakna(period, enhet, idag, zon, underlag, planer, List.of());
    }

    /**
     * As above, with the indicators of the plans, reported for the year the period ends, plan by plan in name order, each
     * with its mål's målområde (in the plan's order).
     */
    static Uppfoljningsrapport berakna(Rapportperiod period, @Nullable String enhet, LocalDate idag, ZoneId zon,
            List<Uppfoljningsunderlag> underlag, Map<PlanId, Plan> planer, List<Indikator> indikatorer) {
        var nya = 0;
        var per = idag.isBefore(period.till()) ? (idag.isBefore(period.fran()) ? period.fran() : idag) : period.till();
        var start = period.fran().atStartOfDay(zon).toInstant();
        var slut = per.plusDays(1).atStartOfDay(zon).toInstant();
        var rader = new ArrayList<Rad>();
        var tillkommande = new ArrayList<Tillkommande>();
        var forsenade = new ArrayList<Forsenat>();
        var pengar = new ArrayList<Ekonomisammanstallning.Post>();
        var effekter = new ArrayList<Uppfoljningsrapport.Effektrad>();
        for (var u : underlag) {
            var beslutat = u.beslutsdatum();
            var senast = u.aterredovisasSenast();
            var statussteg = u.andringar().stream().filter(Statusandring::arStatussteg).toList();
            if (beslutat == null || senast == null || beslutat.isAfter(per)
                    || (statussteg.isEmpty() && STANGDA.contains(u.status()))) {
                continue;
            }
            var steg = statussteg.stream().filter(a -> a.tid().isBefore(slut)).toList();
            if (steg.stream().anyMatch(a -> AVSLUTANDE.contains(a.typ()) && a.tid().isBefore(start))) {
                continue;
            }
            var lage = statussteg.isEmpty() ? lageAv(u.status()) : lageEfter(steg);
            senast = u.aterredovisasSenast(per, zon);
            var rapport = u.statusrapporter().stream().filter(r -> r.tid().isBefore(slut))
                    .max(Comparator.comparing(Statusrapport::tid)).orElse(null);
            var plan = u.plan().plan() == null ? null : planer.get(u.plan().plan());
            var placering = placering(u, plan);
            var nittio = nittioDagar(u, slut);
            rader.add(rad(u, beslutat, senast, lage, rapport, steg, zon, placering, klockan(u.andringar(), start, slut, zon, lage),
                    nittio));
            pengar.add(post(u, placering, slut));
            effekt(u, rader.getLast(), slut).ifPresent(effekter::add);
            if (period.omfattar(beslutat)) {
                nya++;
                if (plan == null || plan.arTillkommande(beslutat)) {
                    tillkommande.add(new Tillkommande(u.id(), u.diarienummer(), u.titel(), beslutat, u.uppdragsgivare(),
                            ansvarig(u), u.ersatter(), placering));
                }
            }
            if (lage == Lage.PAGAENDE && per.isAfter(senast)) {
                forsenade.add(new Forsenat(u.id(), u.diarienummer(), u.titel(), ansvarig(u), senast,
                        nittio, ChronoUnit.DAYS.between(senast, per)));
            }
        }
        rader.sort(Comparator.comparing(Rad::placering, PLACERING)
                .thenComparing((Rad r) -> r.diarienummer() == null ? "\uffff" : r.diarienummer().toString())
                .thenComparing(Rad::titel));
        tillkommande.sort(Comparator.comparing(Tillkommande::beslutsdatum).thenComparing(Tillkommande::titel));
        forsenade.sort(Comparator.comparing(Forsenat::dagar).reversed().thenComparing(Forsenat::titel));
        var ar = period.till().getYear();
        var indikatorrader = indikatorer.stream().filter(i -> planer.containsKey(i.plan()))
                .map(i -> new Indikatorrad(planer.get(i.plan()).namn(), i, ar, grupp(planer.get(i.plan()), i)))
                .sorted(Comparator.comparing(Indikatorrad::grupp, PLACERING)).toList();
        return new Uppfoljningsrapport(period, enhet, per, antal(rader, nya, forsenade.size()), rader,
                tillkommande, forsenade, indikatorrader, Ekonomisammanstallning.av(pengar.stream()
                        .sorted(Comparator.comparing(Ekonomisammanstallning.Post::placering, PLACERING)).toList()),
                effekter.stream().sorted(Comparator.comparing((Uppfoljningsrapport.Effektrad e) -> e.rad().placering(), PLACERING)
                        .thenComparing(e -> e.rad().titel())).toList());
    }

    private static final Comparator<Placering> PLACERING = Placering.ORDNING;

    /** "2" before "10", "RS 2" before "RS 10": runs of digits compare as numbers. */
    static int naturligt(String a, String b) {
        var x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        var y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            var tal = x[i].chars().allMatch(Character::isDigit) && y[i].chars().allMatch(Character::isDigit)
                    && !x[i].isEmpty() && !y[i].isEmpty();
            var jamforelse = tal ? new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i]))
                    : x[i].compareToIgnoreCase(y[i]);
            if (jamforelse != 0) {
                return jamforelse;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static Placering placering(Uppfoljningsunderlag u, @Nullable Plan plan) {
        if (plan == null) {
            return u.plan().nummer() == null ? Placering.UTAN_PLAN
                    : new Placering(null, null, u.plan().nummer(), Integer.MAX_VALUE);
        }
        var malomraden = plan.malomraden();
        for (int i = 0; i < malomraden.size(); i++) {
            if (malomraden.get(i).id().equals(u.plan().malomrade())) {
                return new Placering(plan.namn(), malomraden.get(i).namn(), u.plan().nummer(), i);
            }
        }
        return new Placering(plan.namn(), null, u.plan().nummer(), Integer.MAX_VALUE);
    }

    /** The plan and målområde of an indicator's mål, to be reported with that målområde's uppdrag. */
    private static Placering grupp(Plan plan, Indikator indikator) {
        var malomraden = plan.malomraden();
        for (int i = 0; i < malomraden.size(); i++) {
            if (malomraden.get(i).id().equals(indikator.mal().malomrade())) {
                return new Placering(plan.namn(), malomraden.get(i).namn(), null, i);
            }
        }
        return new Placering(plan.namn(), null, null, Integer.MAX_VALUE);
    }

    private static Antal antal(List<Rad> rader, int nya, int forsenade) {
        return new Antal(nya,
                (int) rader.stream().filter(r -> r.lage() == Lage.PAGAENDE || r.lage() == Lage.SLUTRAPPORT_INLAMNAD).count(),
                (int) rader.stream().filter(r -> r.lage() == Lage.GENOMFORD).count(),
                (int) rader.stream().filter(r -> r.lage() == Lage.PAUSAD).count(),
                (int) rader.stream().filter(r -> r.lage() == Lage.STRUKEN).count(), forsenade);
    }

    /** Replays the steps that change a decided uppdrag's status, from pågående at the decision. */
    static Lage lageEfter(List<Statusandring> steg) {
        var lage = Lage.PAGAENDE;
        var forePaus = Lage.PAGAENDE;
        for (var a : steg) {
            switch (a.typ()) {
                case PAUSAT -> {
                    forePaus = lage == Lage.PAUSAD ? forePaus : lage;
                    lage = Lage.PAUSAD;
                }
                case ATERUPPTAGET -> lage = forePaus;
                case SLUTRAPPORT_INLAMNAD -> lage = Lage.SLUTRAPPORT_INLAMNAD;
                case KOMPLETTERING_BEGARD -> lage = Lage.PAGAENDE;
                case SLUTRAPPORT_GODKAND -> lage = Lage.GENOMFORD;
                case STRUKET -> lage = Lage.STRUKEN;
                case ERSATT -> lage = Lage.ERSATT;
                default -> { }
            }
        }
        return lage;
    }

    /** Uppdrag imported as decided have no steps: their status is all there is. */
    private static Lage lageAv(UppdragStatus status) {
        return switch (status) {
            case PAUSAT -> Lage.PAUSAD;
            case SLUTRAPPORT_INLAMNAD -> Lage.SLUTRAPPORT_INLAMNAD;
            default -> Lage.PAGAENDE;
        };
    }

    private static Rad rad(Uppfoljningsunderlag u, LocalDate beslutat, LocalDate senast, Lage lage,
            @Nullable Statusrapport rapport, List<Statusandring> steg, ZoneId zon, Placering placering,
            List<Klockandring> klockan, boolean nittio) {
        var senasteSteg = steg.isEmpty() ? null : steg.getLast();
        var franSteg = lage != Lage.PAGAENDE && senasteSteg != null;
        var kommentar = franSteg && senasteSteg.kommentar() != null && lage != Lage.SLUTRAPPORT_INLAMNAD
                ? senasteSteg.kommentar() : rapport != null ? rapport.kommentar() : "";
        return new Rad(u.id(), u.diarienummer(), u.titel(), beslutat, senast,
                nittio, ansvarig(u), lage, rapport == null ? null : rapport.ljus(),
                rapport == null ? null : rapport.trend(), rapport == null ? null : LocalDate.ofInstant(rapport.tid(), zon),
                franSteg ? LocalDate.ofInstant(senasteSteg.tid(), zon) : null, kommentar, placering, klockan);
    }

    /**
     * The clock's changes in the period, for the comment: each moved återredovisning, and each pause begun in it (to its
     * resumption, if any) except the one it still stands in, whose reason is the comment already.
     */
    static List<Klockandring> klockan(List<Statusandring> andringar, java.time.Instant start, java.time.Instant slut, ZoneId zon,
            Lage lage) {
        var klockan = new ArrayList<Klockandring>();
        for (int i = 0; i < andringar.size(); i++) {
            var a = andringar.get(i);
            if (a.tid().isBefore(start) || !a.tid().isBefore(slut)) {
                continue;
            }
            var dag = LocalDate.ofInstant(a.tid(), zon);
            if (!a.arStatussteg()) {
                klockan.add(new Klockandring(Klockandring.Slag.FLYTTAD, dag, null, a.kommentar() == null ? "" : a.kommentar()));
            } else if (a.typ() == HandelseTyp.PAUSAT) {
                var aterupptaget = andringar.subList(i + 1, andringar.size()).stream()
                        .filter(b -> b.typ() == HandelseTyp.ATERUPPTAGET && b.tid().isBefore(slut)).findFirst();
                if (aterupptaget.isPresent() || lage != Lage.PAUSAD) {
                    klockan.add(new Klockandring(Klockandring.Slag.PAUSAD, dag,
                            aterupptaget.map(b -> LocalDate.ofInstant(b.tid(), zon)).orElse(null),
                            a.kommentar() == null ? "" : a.kommentar()));
                }
            }
        }
        return klockan;
    }

    /** Its expected effect and the latest realised one by the end of the report's day, when it has either. */
    private static java.util.Optional<Uppfoljningsrapport.Effektrad> effekt(Uppfoljningsunderlag u, Rad rad, java.time.Instant slut) {
        var senaste = u.statusrapporter().stream().filter(r -> r.tid().isBefore(slut) && r.resultat().realiseradEffekt() != null)
                .max(Comparator.comparing(Statusrapport::tid));
        if (u.beraknadEffekt() == null && senaste.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Uppfoljningsrapport.Effektrad(rad, u.beraknadEffekt(),
                senaste.map(r -> r.resultat().realiseradEffekt()).orElse(null), senaste.map(Statusrapport::kommentar).orElse("")));
    }

    /** The budget, and the prognosis and outcome of the latest status report by the end of the report's day that gave any. */
    private static Ekonomisammanstallning.Post post(Uppfoljningsunderlag u, Placering placering, java.time.Instant slut) {
        var ekonomi = u.statusrapporter().stream().filter(r -> r.tid().isBefore(slut) && !r.resultat().arTom())
                .max(Comparator.comparing(Statusrapport::tid)).map(Statusrapport::resultat).orElse(Statusrapport.Resultat.INGET);
        return new Ekonomisammanstallning.Post(u.id(), u.diarienummer(), u.titel(), placering, u.enhet(), u.uppdragsgivare(),
                u.budgetKr(), ekonomi.prognosKr(), ekonomi.utfallKr());
    }

    /** Whether it reports back by the 90-day rule: no slutleverans, and the date not moved by the end of the report's day. */
    private static boolean nittioDagar(Uppfoljningsunderlag u, java.time.Instant slut) {
        return u.slutleverans() == null && u.andringar().stream().noneMatch(a -> !a.arStatussteg() && a.tid().isBefore(slut));
    }

    /** The unit or role the tidplan names as responsible in follow-up, else the uppdragstagare. */
    private static String ansvarig(Uppfoljningsunderlag u) {
        return u.ansvarigIUppfoljning() != null ? u.ansvarigIUppfoljning() : u.uppdragstagare() == null ? "" : u.uppdragstagare();
    }
}
