package se.uppdrag.plan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An indicator of a mål: quantitative (measured in {@code enhet}, with a target per year, higher or lower being
 * better) or qualitative (answered Ja, Delvis or Nej, the target being Ja), with the values of its years in order.
 */
public record Indikator(IndikatorId id, PlanId plan, MalRef mal, String namn, Slag slag, @Nullable String enhet,
        Riktning riktning, List<Arsvarde> ar) implements Serializable {

    public enum Slag { KVANTITATIV, KVALITATIV }

    public enum Riktning { HOGRE_AR_BATTRE, LAGRE_AR_BATTRE }

    /** A qualitative indicator's answer, worst last. */
    public enum Svar { JA, DELVIS, NEJ }

    /**
     * One year: the target (quantitative only) and the outcome, a number or an answer, with a comment; what is not known
     * yet is null.
     */
    public record Arsvarde(int ar, @Nullable BigDecimal mal, @Nullable BigDecimal utfall, @Nullable Svar svar,
            @Nullable String kommentar) implements Serializable {

        public boolean harUtfall() {
            return utfall != null || svar != null;
        }
    }

    public Indikator {
        ar = List.copyOf(ar);
    }

    public Optional<Arsvarde> varde(int ar) {
        return this.ar.stream().filter(v -> v.ar() == ar).findFirst();
    }
}
