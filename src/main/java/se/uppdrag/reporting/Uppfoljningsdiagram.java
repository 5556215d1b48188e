package se.uppdrag.reporting;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.uppdrag.dokument.Dokument.Block;
import se.uppdrag.dokument.Dokument.Diagram;
import se.uppdrag.dokument.Dokument.Diagram.Farg;
import se.uppdrag.dokument.Dokument.Diagram.Serie;
import se.uppdrag.dokument.Dokument.Diagram.Stapel;
import se.uppdrag.dokument.Dokument.Tabell;
import se.uppdrag.reporting.Ekonomisammanstallning.Gruppsumma;
import se.uppdrag.reporting.Ekonomisammanstallning.Summa;
import se.uppdrag.reporting.Uppfoljningsrapport.Rad;
import se.uppdrag.text.Tal;

/**
 * The report's two pictures, each followed by the table that says the same in figures: the uppdrag of a målområde by
 * status (a bar of green, yellow, red and grey, then how many were completed, paused or struck), and the money per plan
 * and målområde (budget, prognos and utfall side by side).
 */
public final class Uppfoljningsdiagram {

    /** Where a row stands for the picture: its latest traffic light while it runs, else how it ended or paused. */
    enum Slag {
        GRON(Farg.GRON), GUL(Farg.GUL), ROD(Farg.ROD), INGEN(Farg.GRA), GENOMFORD(Farg.BLA), PAUSAD(Farg.HIMMELSBLA),
        STRUKEN(Farg.MORKGRA), ERSATT(Farg.LILA);

        private final Farg farg;

        Slag(Farg farg) {
            this.farg = farg;
        }

        static Slag av(Rad rad) {
            return switch (rad.lage()) {
                case PAGAENDE, SLUTRAPPORT_INLAMNAD -> rad.ljus() == null ? INGEN : valueOf(rad.ljus().name());
                case PAUSAD -> PAUSAD;
                case GENOMFORD -> GENOMFORD;
                case STRUKEN -> STRUKEN;
                case ERSATT -> ERSATT;
            };
        }
    }

    private Uppfoljningsdiagram() {
    }

    /**
     * The rows of a målområde ({@code namn}) by status: a stacked bar, then the table Grön | Gul | Röd | Ingen
     * statusrapport | Genomförd | Pausad | Struken (and Ersatt when one was) with the counts.
     */
    public static List<Block> status(List<Rad> rader, String namn, Rapporttexter t) {
        var antal = new int[Slag.values().length];
        rader.forEach(r -> antal[Slag.av(r).ordinal()]++);
        var slag = Arrays.stream(Slag.values()).filter(s -> s != Slag.ERSATT || antal[s.ordinal()] > 0).toList();
        var rubriker = slag.stream().map(s -> t.text("rapport.fordelning." + s.name())).toList();
        var varden = slag.stream().map(s -> String.valueOf(antal[s.ordinal()])).toList();
        var serier = slag.stream().map(s -> new Serie(rubriker.get(slag.indexOf(s)), s.farg,
                List.of(new Stapel(antal[s.ordinal()], varden.get(slag.indexOf(s)))))).toList();
        var delar = slag.stream().map(s -> rubriker.get(slag.indexOf(s)) + " " + varden.get(slag.indexOf(s))).toList();
        var diagram = new Diagram(t.text("rapport.fordelning.titel", namn), List.of(namn), serier, Diagram.Stapling.STAPLAD,
                t.text("rapport.fordelning.alt", namn, rader.size(), String.join(", ", delar)));
        return List.of(diagram, new Tabell(rubriker, List.of(varden)));
    }

    /** Budget, prognos and utfall per plan and målområde, as grouped bars; the table is the money sums' own. */
    public static Diagram ekonomi(Uppfoljningsrapport rapport, Rapporttexter t) {
        var grupper = rapport.ekonomi().perMalomrade();
        var kategorier = grupper.stream().map(g -> t.grupp(g.grupp())).toList();
        var serier = List.of(serie(grupper, t.text("rapport.ekonomi.budget"), Farg.BLA, Summa::budget),
                serie(grupper, t.text("rapport.ekonomi.prognos"), Farg.ORANGE, Summa::prognos),
                serie(grupper, t.text("rapport.ekonomi.utfall"), Farg.HIMMELSBLA, Summa::utfall));
        var poster = grupper.stream().map(g -> t.text("rapport.ekonomi.diagram.post", t.grupp(g.grupp()),
                Tal.kronor(g.summa().budget()), Tal.kronor(g.summa().prognos()), Tal.kronor(g.summa().utfall()))).toList();
        return new Diagram(t.text("rapport.ekonomi.diagram.titel"), kategorier, serier, Diagram.Stapling.GRUPPERAD,
                t.text("rapport.ekonomi.diagram.alt", String.join("; ", poster)));
    }

    private static Serie serie(List<Gruppsumma> grupper, String namn, Farg farg, Function<Summa, @Nullable BigDecimal> falt) {
        return new Serie(namn, farg, grupper.stream().map(g -> {
            var belopp = falt.apply(g.summa());
            return new Stapel(belopp == null ? 0 : belopp.doubleValue(), Tal.kronor(belopp));
        }).toList());
    }
}
