package se.uppdrag.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.dokument.Dokument.Sektion;
import se.uppdrag.dokument.Dokument.Stycke;
import se.uppdrag.dokument.Dokument.Tabell;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.reporting.Uppfoljningsrapport;
import se.uppdrag.reporting.Uppfoljningsrapport.Placering;
import se.uppdrag.reporting.Uppfoljningsrapport.Rad;

/** The uppföljningsrapport as a document: the same sections, columns and words as on screen, for PDF and XLSX. */
public final class Uppfoljningsdokument {

    private Uppfoljningsdokument() {
    }

    public static Dokument av(Uppfoljningsrapport rapport, Rapporttexter t, String organisation, LocalDate utskriven) {
        return av(rapport, t, organisation, utskriven, java.util.Map.of());
    }

    public static Dokument av(Uppfoljningsrapport rapport, Rapporttexter t, String organisation, LocalDate utskriven,
            java.util.Map<Placering, String> sammanfattningar) {
        var huvud = List.of(organisation, rapport.enhet() != null ? rapport.enhet() : t.text("rapport.alla-enheter"),
                t.text("rapport.utskriven", utskriven.toString()));
        var sektioner = new ArrayList<Sektion>();
        sektioner.add(new Sektion(t.text("rapport.rubrik") + " – " + period(rapport, t), List.of(
                Stycke.av(t.text("rapport.per", rapport.per().toString())), Stycke.av(t.text("rapport.forklaring")))));
        var antal = rapport.antal();
        sektioner.add(new Sektion(t.text("rapport.antal.rubrik"), List.of(new Tabell(antalRubriker(t),
                List.of(List.of(String.valueOf(antal.nya()), String.valueOf(antal.pagaende()), String.valueOf(antal.avslutade()),
                        String.valueOf(antal.pausade()), String.valueOf(antal.strukna()), String.valueOf(antal.forsenade())))))));
        rapport.grupper().stream().filter(sammanfattningar::containsKey).forEach(g -> sektioner.add(new Sektion(
                t.text("periodrapport.sammanfattning") + " – " + t.grupp(g), List.of(Stycke.av(sammanfattningar.get(g))))));
        sektioner.addAll(statustabeller(rapport, t));
        sektioner.add(new Sektion(t.text("rapport.tillkommande.rubrik"), rapport.tillkommande().isEmpty()
                ? List.of(Stycke.av(t.text("rapport.tillkommande.inga")))
                : List.of(new Tabell(List.of(t.text("rapport.kol.uppdrag"), t.text("rapport.tillkommande.beslutat"),
                        t.text("rapport.tillkommande.uppdragsgivare"), t.text("rapport.kol.ansvarig")),
                        rapport.tillkommande().stream().map(r -> List.of(Rapporttexter.uppdrag(r), r.beslutsdatum().toString(),
                                String.join(", ", r.uppdragsgivare()), r.ansvarig())).toList(), List.of(45, 15, 25, 15)))));
        sektioner.add(new Sektion(t.text("rapport.forsenade.rubrik"), rapport.forsenade().isEmpty()
                ? List.of(Stycke.av(t.text("rapport.forsenade.inga")))
                : List.of(new Tabell(List.of(t.text("rapport.kol.uppdrag"), t.text("rapport.kol.ansvarig"),
                        t.text("rapport.forsenade.senast"), t.text("rapport.forsenade.dagar")),
                        rapport.forsenade().stream().map(r -> List.of(Rapporttexter.uppdrag(r), r.ansvarig(),
                                t.senast(r), String.valueOf(r.dagar()))).toList(), List.of(45, 20, 25, 10)))));
        sektioner.addAll(indikatorer(rapport, t));
        sektioner.addAll(se.uppdrag.reporting.Ekonomitabeller.sektioner(rapport, t));
        sektioner.addAll(se.uppdrag.reporting.Ekonomitabeller.effekter(rapport, t));
        return new Dokument(huvud, sektioner);
    }

    /** Per plan: Mål | Indikator | Utfall the year before | Mål | Utfall | Status | Trend; nothing when no plan has any. */
    private static List<Sektion> indikatorer(Uppfoljningsrapport rapport, Rapporttexter t) {
        var perPlan = new LinkedHashMap<String, List<Uppfoljningsrapport.Indikatorrad>>();
        rapport.indikatorer().forEach(r -> perPlan.computeIfAbsent(r.plan(), p -> new ArrayList<>()).add(r));
        return perPlan.entrySet().stream().map(plan -> new Sektion(t.text("rapport.indikatorer.rubrik") + " – " + plan.getKey(),
                List.of(new Tabell(t.indikatorRubriker(plan.getValue().getFirst().ar()),
                        plan.getValue().stream().map(t::indikator).toList(), List.of(22, 22, 11, 11, 11, 12, 11))))).toList();
    }

    /**
     * Uppdrag/åtgärd | Tidplan | Ansvarig | Status | Kommentar: one table, or, when uppdrag belong to plans, one per plan
     * and målområde in the plan's order (the rows come sorted so), those outside the plans last.
     */
    private static List<Sektion> statustabeller(Uppfoljningsrapport rapport, Rapporttexter t) {
        if (rapport.rader().isEmpty()) {
            return List.of(new Sektion(t.text("rapport.tabell.rubrik"), List.of(Stycke.av(t.text("rapport.inga-uppdrag")))));
        }
        var grupper = new LinkedHashMap<Placering, List<Rad>>();
        rapport.rader().forEach(r -> grupper.computeIfAbsent(r.placering().grupp(), g -> new ArrayList<>()).add(r));
        var utanPlaner = grupper.size() == 1 && grupper.keySet().iterator().next().utanPlan();
        return grupper.entrySet().stream().map(grupp -> new Sektion(utanPlaner ? t.text("rapport.tabell.rubrik")
                : t.text("rapport.tabell.rubrik") + " – " + t.grupp(grupp.getKey()), List.of(new Tabell(tabellRubriker(t),
                        grupp.getValue().stream().map(r -> List.of(Rapporttexter.uppdrag(r), t.tidplan(r), r.ansvarig(),
                                t.status(r), t.kommentar(r))).toList(), List.of(30, 17, 13, 17, 30))))).toList();
    }

    public static String period(Uppfoljningsrapport rapport, Rapporttexter t) {
        return t.period(rapport.period());
    }

    public static List<String> antalRubriker(Rapporttexter t) {
        return List.of(t.text("rapport.antal.nya"), t.text("rapport.antal.pagaende"), t.text("rapport.antal.avslutade"),
                t.text("rapport.antal.pausade"), t.text("rapport.antal.strukna"), t.text("rapport.antal.forsenade"));
    }

    public static List<String> tabellRubriker(Rapporttexter t) {
        return List.of(t.text("rapport.kol.uppdrag"), t.text("rapport.kol.tidplan"), t.text("rapport.kol.ansvarig"),
                t.text("rapport.kol.status"), t.text("rapport.kol.kommentar"));
    }
}
