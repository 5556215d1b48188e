package se.uppdrag.plan;

import java.util.function.UnaryOperator;
import se.uppdrag.plan.Indikator.Arsvarde;
import se.uppdrag.text.Tal;

/**
 * An indicator's values as the screen and the report write them, in the language of {@code oversatt} (a message key to
 * its text): "1 234,5", "Ja", "–" for what is not known.
 */
public final class Indikatortexter {

    private Indikatortexter() {
    }

    /** The year's outcome: the number, or the answer. */
    public static String utfall(Indikator indikator, int ar, UnaryOperator<String> oversatt) {
        return indikator.varde(ar).filter(Arsvarde::harUtfall)
                .map(v -> v.svar() != null ? oversatt.apply("indikator.svar." + v.svar().name()) : Tal.visa(v.utfall()))
                .orElse("–");
    }

    /** The year's target; for a qualitative indicator always Ja. */
    public static String mal(Indikator indikator, int ar, UnaryOperator<String> oversatt) {
        if (indikator.slag() == Indikator.Slag.KVALITATIV) {
            return oversatt.apply("indikator.svar.JA");
        }
        return indikator.varde(ar).map(Arsvarde::mal).map(Tal::visa).orElse("–");
    }

    /** "Andel som får vård i hemmet (procent)". */
    public static String namn(Indikator indikator) {
        return indikator.enhet() == null ? indikator.namn() : indikator.namn() + " (" + indikator.enhet() + ")";
    }

    public static String status(Indikator indikator, int ar, UnaryOperator<String> oversatt) {
        return oversatt.apply("indikator.status." + Indikatorbedomning.status(indikator, ar).name());
    }

    public static String trend(Indikator indikator, int ar, UnaryOperator<String> oversatt) {
        return Indikatorbedomning.trend(indikator, ar).map(t -> oversatt.apply("indikator.trend." + t.name())).orElse("–");
    }
}
