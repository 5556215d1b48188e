package se.uppdrag.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.dokument.Dokument.Block;
import se.uppdrag.dokument.Dokument.Radmarkering;
import se.uppdrag.dokument.Dokument.Sektion;
import se.uppdrag.dokument.Dokument.Stycke;
import se.uppdrag.dokument.Dokument.Tabell;
import se.uppdrag.reporting.Ekonomisammanstallning.Gruppsumma;
import se.uppdrag.reporting.Ekonomisammanstallning.Post;
import se.uppdrag.reporting.Rapporttexter;
import se.uppdrag.reporting.Uppfoljningsdiagram;
import se.uppdrag.reporting.Uppfoljningsrapport;
import se.uppdrag.reporting.Uppfoljningsrapport.Placering;
import se.uppdrag.reporting.Uppfoljningsrapport.Rad;
import se.uppdrag.reporting.Uppfoljningsrapport.Tillkommande;
import se.uppdrag.reporting.Uppfoljningstabeller;

/**
 * The uppföljningsrapport as a document: the same sections, columns and words as on screen, for PDF and XLSX. When its
 * uppdrag belong to plans it is read per målområde, as the regions report: after the counts and the late list, one
 * part per plan and målområde (in the plan's order, those outside the plans last), each with its summary, its status
 * picture, its uppdrag, the tillkommande among them, the indicators of its mål, its effects and its money; then the
 * money summed per målområde (with a picture), unit and uppdragsgivare. Without plans it is one table of all uppdrag.
 */
public final class Uppfoljningsdokument {

    private Uppfoljningsdokument() {
    }

    public static Dokument av(Uppfoljningsrapport rapport, Rapporttexter t, String organisation, LocalDate utskriven) {
        return av(rapport, t, organisation, utskriven, Map.of());
    }

    /** As above, with a summary per part, keyed by its {@link Placering#grupp()} ({@link Uppfoljningsrapport#grupper()}). */
    public static Dokument av(Uppfoljningsrapport rapport, Rapporttexter t, String organisation, LocalDate utskriven,
            Map<Placering, String> sammanfattningar) {
        var huvud = List.of(organisation, rapport.enhet() != null ? rapport.enhet() : t.text("rapport.alla-enheter"),
                t.text("rapport.utskriven", utskriven.toString()));
        var sektioner = new ArrayList<Sektion>();
        sektioner.add(new Sektion(t.text("rapport.rubrik") + " – " + period(rapport, t), List.of(
                Stycke.av(t.text("rapport.per", rapport.per().toString())), Stycke.av(t.text("rapport.forklaring")))));
        var antal = rapport.antal();
        sektioner.add(new Sektion(t.text("rapport.antal.rubrik"), List.of(new Tabell(antalRubriker(t),
                List.of(List.of(String.valueOf(antal.nya()), String.valueOf(antal.pagaende()), String.valueOf(antal.avslutade()),
                        String.valueOf(antal.pausade()), String.valueOf(antal.strukna()), String.valueOf(antal.forsenade())))))));
        sektioner.addAll(delar(rapport, t, sammanfattningar));
        return new Dokument(huvud, sektioner);
    }

    /** Everything after the title and the counts, which the screen shows its own way. */
    public static List<Sektion> delar(Uppfoljningsrapport rapport, Rapporttexter t, Map<Placering, String> sammanfattningar) {
        var delar = delarna(rapport);
        var sektioner = new ArrayList<Sektion>();
        if (delar.stream().allMatch(Placering::utanPlan)) {
            var sammanfattning = sammanfattningar.getOrDefault(Placering.UTAN_PLAN.grupp(), "");
            if (!sammanfattning.isBlank()) {
                sektioner.add(new Sektion(t.text("periodrapport.sammanfattning"), List.of(Stycke.av(sammanfattning.strip()))));
            }
            sektioner.add(new Sektion(t.text("rapport.tabell.rubrik"), statustabell(rapport.rader(), t, "rapport.inga-uppdrag")));
            sektioner.add(new Sektion(t.text("rapport.tillkommande.rubrik"), tillkommande(rapport.tillkommande(), t)));
            sektioner.add(forsenade(rapport, t));
            sektioner.addAll(Uppfoljningstabeller.ekonomi(rapport, t));
            sektioner.addAll(Uppfoljningstabeller.effekter(rapport, t));
            return sektioner;
        }
        sektioner.add(forsenade(rapport, t));
        for (var del : delar) {
            sektioner.addAll(del(rapport, del, t, sammanfattningar.getOrDefault(del, "")));
        }
        var fore = rapport.ekonomi().arTom() ? List.<Block>of()
                : List.<Block>of(Stycke.av(t.text("rapport.ekonomi.forklaring")), Uppfoljningsdiagram.ekonomi(rapport, t));
        sektioner.addAll(Uppfoljningstabeller.ekonomisummor(rapport, fore, true, t));
        return sektioner;
    }

    /** The rows' groups, and those of the indicators of målområden without uppdrag in the report, in the report's order. */
    private static List<Placering> delarna(Uppfoljningsrapport rapport) {
        var delar = new TreeSet<>(Placering.ORDNING);
        delar.addAll(rapport.grupper());
        rapport.indikatorer().forEach(i -> delar.add(i.grupp()));
        return List.copyOf(delar);
    }

    /** One plan's målområde: heading and summary, then its status, uppdrag, tillkommande, indicators, effects and money. */
    private static List<Sektion> del(Uppfoljningsrapport rapport, Placering del, Rapporttexter t, String sammanfattning) {
        var namn = t.grupp(del);
        var rader = av(rapport.rader(), Rad::placering, del);
        var sektioner = new ArrayList<Sektion>();
        sektioner.add(new Sektion(namn, sammanfattning.isBlank() ? List.of() : List.of(Stycke.av(sammanfattning.strip()))));
        if (!rader.isEmpty()) {
            sektioner.add(Sektion.under(t.text("rapport.fordelning.rubrik"), Uppfoljningsdiagram.status(rader, namn, t)));
        }
        sektioner.add(Sektion.under(t.text("rapport.tabell.rubrik"), statustabell(rader, t, "rapport.del.inga-uppdrag")));
        var tillkommande = av(rapport.tillkommande(), Tillkommande::placering, del);
        if (!tillkommande.isEmpty()) {
            sektioner.add(Sektion.under(t.text("rapport.tillkommande.rubrik"), tillkommande(tillkommande, t)));
        }
        sektioner.addAll(Uppfoljningstabeller.indikatorer(rapport.indikatorer().stream().filter(i -> i.grupp().equals(del)).toList(),
                t.text("rapport.indikatorer.rubrik"), 2, t));
        sektioner.addAll(Uppfoljningstabeller.effekter(av(rapport.effekter(), e -> e.rad().placering(), del), 2, false, t));
        var summa = rapport.ekonomi().perMalomrade().stream().filter(g -> g.grupp().equals(del)).map(Gruppsumma::summa).findFirst();
        summa.ifPresent(s -> sektioner.addAll(Uppfoljningstabeller.ekonomi(
                av(rapport.ekonomi().poster(), Post::placering, del), s, 2, false, t)));
        return sektioner;
    }

    private static <T> List<T> av(List<T> alla, Function<T, Placering> placering, Placering del) {
        return alla.stream().filter(x -> placering.apply(x).grupp().equals(del)).toList();
    }

    /** Uppdrag/åtgärd | Tidplan | Ansvarig | Status | Kommentar, each row linked to its uppdrag and marked with its light. */
    private static List<Block> statustabell(List<Rad> rader, Rapporttexter t, String inga) {
        if (rader.isEmpty()) {
            return List.of(Stycke.av(t.text(inga)));
        }
        return List.of(new Tabell(tabellRubriker(t), rader.stream().map(r -> List.of(Rapporttexter.uppdrag(r), t.tidplan(r),
                r.ansvarig(), t.status(r), t.kommentar(r))).toList(), List.of(30, 17, 13, 17, 30), rader.stream()
                .map(r -> new Radmarkering("uppdrag/" + r.id().value(), r.ljus() == null ? "ljus-inget"
                        : "ljus-" + r.ljus().name().toLowerCase(java.util.Locale.ROOT))).toList()));
    }

    private static List<Block> tillkommande(List<Tillkommande> rader, Rapporttexter t) {
        if (rader.isEmpty()) {
            return List.of(Stycke.av(t.text("rapport.tillkommande.inga")));
        }
        return List.of(new Tabell(List.of(t.text("rapport.kol.uppdrag"), t.text("rapport.tillkommande.beslutat"),
                t.text("rapport.tillkommande.uppdragsgivare"), t.text("rapport.kol.ansvarig")),
                rader.stream().map(r -> List.of(Rapporttexter.uppdrag(r), r.beslutsdatum().toString(),
                        String.join(", ", r.uppdragsgivare()), r.ansvarig())).toList(), List.of(45, 15, 25, 15),
                rader.stream().map(r -> Uppfoljningstabeller.lank(r.id())).toList()));
    }

    private static Sektion forsenade(Uppfoljningsrapport rapport, Rapporttexter t) {
        return new Sektion(t.text("rapport.forsenade.rubrik"), rapport.forsenade().isEmpty()
                ? List.of(Stycke.av(t.text("rapport.forsenade.inga")))
                : List.of(new Tabell(List.of(t.text("rapport.kol.uppdrag"), t.text("rapport.kol.ansvarig"),
                        t.text("rapport.forsenade.senast"), t.text("rapport.forsenade.dagar")),
                        rapport.forsenade().stream().map(r -> List.of(Rapporttexter.uppdrag(r), r.ansvarig(),
                                t.senast(r), String.valueOf(r.dagar()))).toList(), List.of(45, 20, 25, 10),
                        rapport.forsenade().stream().map(r -> Uppfoljningstabeller.lank(r.id())).toList())));
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
