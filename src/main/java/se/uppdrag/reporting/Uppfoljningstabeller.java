package se.uppdrag.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import se.uppdrag.dokument.Dokument.Block;
import se.uppdrag.dokument.Dokument.Radmarkering;
import se.uppdrag.dokument.Dokument.Sektion;
import se.uppdrag.dokument.Dokument.Stycke;
import se.uppdrag.dokument.Dokument.Tabell;
import se.uppdrag.reporting.Ekonomisammanstallning.Post;
import se.uppdrag.reporting.Ekonomisammanstallning.Summa;
import se.uppdrag.reporting.Uppfoljningsrapport.Effektrad;
import se.uppdrag.reporting.Uppfoljningsrapport.Indikatorrad;
import se.uppdrag.text.Tal;
import se.uppdrag.uppdrag.UppdragId;

/**
 * The report's indicators, money and effects as sections, the same on screen, in the PDF and in the XLSX, for the
 * whole report or for one part of it (a plan's målområde, at level 2): the indicators of its mål, money per uppdrag
 * with their sum, the sums per plan and målområde, unit and uppdragsgivare, and Effekthemtagning. A section with
 * nothing to show is left out.
 */
public final class Uppfoljningstabeller {

    private static final List<Integer> BREDDER = List.of(40, 15, 15, 15, 15);

    private Uppfoljningstabeller() {
    }

    /** Mål | Indikator | Utfall the year before | Mål | Utfall | Status | Trend, under {@code rubrik}. */
    public static List<Sektion> indikatorer(List<Indikatorrad> rader, String rubrik, int niva, Rapporttexter t) {
        if (rader.isEmpty()) {
            return List.of();
        }
        return List.of(new Sektion(rubrik, List.of(new Tabell(t.indikatorRubriker(rader.getFirst().ar()),
                rader.stream().map(t::indikator).toList(), List.of(22, 22, 11, 11, 11, 12, 11))), niva));
    }

    /** The whole report's money: per uppdrag with the total, then the sums (see {@link #ekonomisummor}). */
    public static List<Sektion> ekonomi(Uppfoljningsrapport rapport, Rapporttexter t) {
        var ekonomi = rapport.ekonomi();
        if (ekonomi.arTom()) {
            return List.of();
        }
        var sektioner = new ArrayList<>(ekonomi(ekonomi.poster(), ekonomi.totalt(), 1, true, t));
        sektioner.addAll(ekonomisummor(rapport, List.of(), false, t));
        return sektioner;
    }

    /** Uppdrag/åtgärd | Budget | Prognos | Utfall | Avvikelse per uppdrag and their {@code summa}; with the explanation at level 1. */
    public static List<Sektion> ekonomi(List<Post> poster, Summa summa, int niva, boolean forklaring, Rapporttexter t) {
        if (poster.isEmpty()) {
            return List.of();
        }
        var rader = new ArrayList<List<String>>(poster.stream().map(p -> rad(
                Rapporttexter.uppdrag(p.diarienummer(), p.titel()), p.budget(), p.prognos(), p.utfall(), p.avvikelse())).toList());
        rader.add(rad(t.text("rapport.ekonomi.summa"), summa));
        var markeringar = new ArrayList<>(poster.stream().map(p -> lank(p.id())).toList());
        markeringar.add(new Radmarkering(null, null));
        var block = new ArrayList<Block>();
        if (forklaring) {
            block.add(Stycke.av(t.text("rapport.ekonomi.forklaring")));
        }
        block.add(new Tabell(rubriker(t, t.text("rapport.kol.uppdrag")), rader, BREDDER, markeringar));
        return List.of(new Sektion(t.text("rapport.ekonomi.rubrik"), block, niva));
    }

    /**
     * The sums: per plan and målområde (when any uppdrag is in a plan; after {@code fore}, e.g. a diagram, and with the
     * total when {@code medTotal}), per unit and per uppdragsgivare.
     */
    public static List<Sektion> ekonomisummor(Uppfoljningsrapport rapport, List<Block> fore, boolean medTotal, Rapporttexter t) {
        var ekonomi = rapport.ekonomi();
        if (ekonomi.arTom()) {
            return List.of();
        }
        var sektioner = new ArrayList<Sektion>();
        if (ekonomi.perMalomrade().stream().anyMatch(g -> !g.grupp().utanPlan())) {
            var rader = new ArrayList<List<String>>(ekonomi.perMalomrade().stream().map(g -> rad(t.grupp(g.grupp()), g.summa())).toList());
            if (medTotal) {
                rader.add(rad(t.text("rapport.ekonomi.summa"), ekonomi.totalt()));
            }
            var block = new ArrayList<Block>(fore);
            block.add(new Tabell(rubriker(t, t.text("rapport.ekonomi.grupp")), rader, BREDDER));
            sektioner.add(new Sektion(t.text("rapport.ekonomi.per-malomrade"), block));
        }
        sektioner.add(new Sektion(t.text("rapport.ekonomi.per-enhet"), List.of(new Tabell(rubriker(t, t.text("rapport.kol.enhet")),
                ekonomi.perEnhet().stream().map(s -> rad(s.namn() == null ? t.text("rapport.ekonomi.utan-enhet") : s.namn(), s))
                        .toList(), BREDDER))));
        sektioner.add(new Sektion(t.text("rapport.ekonomi.per-uppdragsgivare"), List.of(
                Stycke.av(t.text("rapport.ekonomi.uppdragsgivare-forklaring")),
                new Tabell(rubriker(t, t.text("rapport.tillkommande.uppdragsgivare")),
                        ekonomi.perUppdragsgivare().stream().map(s -> rad(String.valueOf(s.namn()), s)).toList(), BREDDER))));
        return sektioner;
    }

    /** The whole report's Effekthemtagning, with its explanation. */
    public static List<Sektion> effekter(Uppfoljningsrapport rapport, Rapporttexter t) {
        return effekter(rapport.effekter(), 1, true, t);
    }

    /** Effekthemtagning: Uppdrag/åtgärd | Tidplan | Ansvarig | Beräknad effekt | Realiserad effekt | Kommentar. */
    public static List<Sektion> effekter(List<Effektrad> effekter, int niva, boolean forklaring, Rapporttexter t) {
        if (effekter.isEmpty()) {
            return List.of();
        }
        var block = new ArrayList<Block>();
        if (forklaring) {
            block.add(Stycke.av(t.text("rapport.effekt.forklaring")));
        }
        block.add(new Tabell(List.of(t.text("rapport.kol.uppdrag"), t.text("rapport.kol.tidplan"), t.text("rapport.kol.ansvarig"),
                t.text("rapport.effekt.beraknad"), t.text("rapport.effekt.realiserad"), t.text("rapport.kol.kommentar")),
                effekter.stream().map(e -> List.of(Rapporttexter.uppdrag(e.rad()), t.tidplan(e.rad()),
                        e.rad().ansvarig(), streck(e.beraknad()), streck(e.realiserad()), e.kommentar())).toList(),
                List.of(26, 16, 13, 15, 15, 15), effekter.stream().map(e -> lank(e.rad().id())).toList()));
        return List.of(new Sektion(t.text("rapport.effekt.rubrik"), block, niva));
    }

    /** A row that links its first cell to the uppdrag, on screen. */
    public static Radmarkering lank(UppdragId id) {
        return new Radmarkering("uppdrag/" + id.value(), null);
    }

    private static String streck(@Nullable String text) {
        return text == null ? "–" : text;
    }

    private static List<String> rubriker(Rapporttexter t, String forsta) {
        return List.of(forsta, t.text("rapport.ekonomi.budget"), t.text("rapport.ekonomi.prognos"), t.text("rapport.ekonomi.utfall"),
                t.text("rapport.ekonomi.avvikelse"));
    }

    private static List<String> rad(String namn, Summa s) {
        return rad(namn, s.budget(), s.prognos(), s.utfall(), s.avvikelse());
    }

    private static List<String> rad(String namn, @Nullable BigDecimal budget, @Nullable BigDecimal prognos,
            @Nullable BigDecimal utfall, @Nullable BigDecimal avvikelse) {
        return Stream.concat(Stream.of(namn), Stream.of(budget, prognos, utfall, avvikelse).map(Tal::kronor)).toList();
    }
}
