package se.uppdrag.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import se.uppdrag.dokument.Dokument.Sektion;
import se.uppdrag.dokument.Dokument.Stycke;
import se.uppdrag.dokument.Dokument.Tabell;
import se.uppdrag.reporting.Ekonomisammanstallning.Summa;
import se.uppdrag.text.Tal;

/**
 * The report's money and effects as sections, the same on screen, in the PDF and in the XLSX: money per uppdrag with the total, then per
 * plan and målområde (when any uppdrag is in a plan), per unit and per uppdragsgivare. Nothing when no uppdrag has a
 * figure.
 */
public final class Ekonomitabeller {

    private static final List<Integer> BREDDER = List.of(40, 15, 15, 15, 15);

    private Ekonomitabeller() {
    }

    public static List<Sektion> sektioner(Uppfoljningsrapport rapport, Rapporttexter t) {
        var ekonomi = rapport.ekonomi();
        if (ekonomi.arTom()) {
            return List.of();
        }
        var sektioner = new ArrayList<Sektion>();
        var rader = new ArrayList<List<String>>(ekonomi.poster().stream().map(p -> rad(
                Rapporttexter.uppdrag(p.diarienummer(), p.titel()), p.budget(), p.prognos(), p.utfall(), p.avvikelse())).toList());
        rader.add(rad(t.text("rapport.ekonomi.summa"), ekonomi.totalt()));
        sektioner.add(new Sektion(t.text("rapport.ekonomi.rubrik"), List.of(Stycke.av(t.text("rapport.ekonomi.forklaring")),
                new Tabell(rubriker(t, t.text("rapport.kol.uppdrag")), rader, BREDDER))));
        if (ekonomi.perMalomrade().stream().anyMatch(g -> !g.grupp().utanPlan())) {
            sektioner.add(new Sektion(t.text("rapport.ekonomi.per-malomrade"), List.of(new Tabell(
                    rubriker(t, t.text("rapport.ekonomi.grupp")),
                    ekonomi.perMalomrade().stream().map(g -> rad(t.grupp(g.grupp()), g.summa())).toList(), BREDDER))));
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

    /**
     * Effekthemtagning: Uppdrag/åtgärd | Tidplan | Ansvarig | Beräknad effekt | Realiserad effekt | Kommentar; nothing when
     * no uppdrag has an effect.
     */
    public static List<Sektion> effekter(Uppfoljningsrapport rapport, Rapporttexter t) {
        if (rapport.effekter().isEmpty()) {
            return List.of();
        }
        return List.of(new Sektion(t.text("rapport.effekt.rubrik"), List.of(Stycke.av(t.text("rapport.effekt.forklaring")),
                new Tabell(List.of(t.text("rapport.kol.uppdrag"), t.text("rapport.kol.tidplan"), t.text("rapport.kol.ansvarig"),
                        t.text("rapport.effekt.beraknad"), t.text("rapport.effekt.realiserad"), t.text("rapport.kol.kommentar")),
                        rapport.effekter().stream().map(e -> List.of(Rapporttexter.uppdrag(e.rad()), t.tidplan(e.rad()),
                                e.rad().ansvarig(), streck(e.beraknad()), streck(e.realiserad()), e.kommentar())).toList(),
                        List.of(26, 16, 13, 15, 15, 15)))));
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
