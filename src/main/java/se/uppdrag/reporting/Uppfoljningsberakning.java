package se.uppdrag.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.uppdrag.reporting.Uppfoljningsrapport.Antal;
import se.uppdrag.reporting.Uppfoljningsrapport.Forsenat;
import se.uppdrag.reporting.Uppfoljningsrapport.Lage;
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
 * pågående past their återredovisning (slutleverans, or 90 days after the decision) on the day.
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
        var per = idag.isBefore(period.till()) ? (idag.isBefore(period.fran()) ? period.fran() : idag) : period.till();
        var start = period.fran().atStartOfDay(zon).toInstant();
        var slut = per.plusDays(1).atStartOfDay(zon).toInstant();
        var rader = new ArrayList<Rad>();
        var tillkommande = new ArrayList<Tillkommande>();
        var forsenade = new ArrayList<Forsenat>();
        for (var u : underlag) {
            var beslutat = u.beslutsdatum();
            var senast = u.aterredovisasSenast();
            if (beslutat == null || senast == null || beslutat.isAfter(per)
                    || (u.andringar().isEmpty() && STANGDA.contains(u.status()))) {
                continue;
            }
            var steg = u.andringar().stream().filter(a -> a.tid().isBefore(slut)).toList();
            if (steg.stream().anyMatch(a -> AVSLUTANDE.contains(a.typ()) && a.tid().isBefore(start))) {
                continue;
            }
            var lage = u.andringar().isEmpty() ? lageAv(u.status()) : lageEfter(steg);
            var rapport = u.statusrapporter().stream().filter(r -> r.tid().isBefore(slut))
                    .max(Comparator.comparing(Statusrapport::tid)).orElse(null);
            rader.add(rad(u, beslutat, senast, lage, rapport, steg, zon));
            if (period.omfattar(beslutat)) {
                tillkommande.add(new Tillkommande(u.id(), u.diarienummer(), u.titel(), beslutat, u.uppdragsgivare(),
                        ansvarig(u), u.ersatter()));
            }
            if (lage == Lage.PAGAENDE && per.isAfter(senast)) {
                forsenade.add(new Forsenat(u.id(), u.diarienummer(), u.titel(), ansvarig(u), senast,
                        u.slutleverans() == null, ChronoUnit.DAYS.between(senast, per)));
            }
        }
        rader.sort(Comparator.comparing((Rad r) -> r.diarienummer() == null ? "\uffff" : r.diarienummer().toString())
                .thenComparing(Rad::titel));
        tillkommande.sort(Comparator.comparing(Tillkommande::beslutsdatum).thenComparing(Tillkommande::titel));
        forsenade.sort(Comparator.comparing(Forsenat::dagar).reversed().thenComparing(Forsenat::titel));
        return new Uppfoljningsrapport(period, enhet, per, antal(rader, tillkommande.size(), forsenade.size()), rader,
                tillkommande, forsenade);
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
            @Nullable Statusrapport rapport, List<Statusandring> steg, ZoneId zon) {
        var senasteSteg = steg.isEmpty() ? null : steg.getLast();
        var franSteg = lage != Lage.PAGAENDE && senasteSteg != null;
        var kommentar = franSteg && senasteSteg.kommentar() != null && lage != Lage.SLUTRAPPORT_INLAMNAD
                ? senasteSteg.kommentar() : rapport != null ? rapport.kommentar() : "";
        return new Rad(u.id(), u.diarienummer(), u.titel(), beslutat, senast,
                u.slutleverans() == null, ansvarig(u), lage, rapport == null ? null : rapport.ljus(),
                rapport == null ? null : rapport.trend(), rapport == null ? null : LocalDate.ofInstant(rapport.tid(), zon),
                franSteg ? LocalDate.ofInstant(senasteSteg.tid(), zon) : null, kommentar);
    }

    private static String ansvarig(Uppfoljningsunderlag u) {
        return u.uppdragstagare() == null ? "" : u.uppdragstagare();
    }
}
