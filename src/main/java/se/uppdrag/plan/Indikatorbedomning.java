package se.uppdrag.plan;

import java.util.Optional;
import se.uppdrag.plan.Indikator.Arsvarde;
import se.uppdrag.plan.Indikator.Riktning;

/**
 * How an indicator stands in a year, as the follow-up's Status and Trend columns say it. Quantitative: uppfyllt when the
 * outcome reached the year's target, delvis when it is short of it but better than the year before, otherwise ej
 * uppfyllt. Qualitative: Ja, Delvis, Nej. Trend compares the outcome with the year before's.
 */
public final class Indikatorbedomning {

    public enum Status { UPPFYLLT, DELVIS, EJ_UPPFYLLT, EJ_MATT }

    public enum Trend { POSITIV, OFORANDRAD, NEGATIV }

    private Indikatorbedomning() {
    }

    public static Status status(Indikator indikator, int ar) {
        var varde = indikator.varde(ar).filter(Arsvarde::harUtfall).orElse(null);
        if (varde == null) {
            return Status.EJ_MATT;
        }
        if (indikator.slag() == Indikator.Slag.KVALITATIV) {
            return varde.svar() == null ? Status.EJ_MATT : switch (varde.svar()) {
                case JA -> Status.UPPFYLLT;
                case DELVIS -> Status.DELVIS;
                case NEJ -> Status.EJ_UPPFYLLT;
            };
        }
        if (varde.utfall() == null) {
            return Status.EJ_MATT;
        }
        if (varde.mal() != null && battre(indikator.riktning(), varde.utfall().compareTo(varde.mal())) >= 0) {
            return Status.UPPFYLLT;
        }
        return trend(indikator, ar).filter(t -> t == Trend.POSITIV).isPresent() ? Status.DELVIS : Status.EJ_UPPFYLLT;
    }

    /** Better, the same or worse than the year before; empty when either year has no outcome. */
    public static Optional<Trend> trend(Indikator indikator, int ar) {
        var i = indikator.varde(ar).filter(Arsvarde::harUtfall);
        var fore = indikator.varde(ar - 1).filter(Arsvarde::harUtfall);
        if (i.isEmpty() || fore.isEmpty()) {
            return Optional.empty();
        }
        int jamforelse;
        if (indikator.slag() == Indikator.Slag.KVALITATIV) {
            if (i.get().svar() == null || fore.get().svar() == null) {
                return Optional.empty();
            }
            jamforelse = Integer.compare(fore.get().svar().ordinal(), i.get().svar().ordinal()); // JA is first: lower is better
        } else {
            if (i.get().utfall() == null || fore.get().utfall() == null) {
                return Optional.empty();
            }
            jamforelse = battre(indikator.riktning(), i.get().utfall().compareTo(fore.get().utfall()));
        }
        return Optional.of(jamforelse > 0 ? Trend.POSITIV : jamforelse == 0 ? Trend.OFORANDRAD : Trend.NEGATIV);
    }

    /** A comparison of two values turned so that positive means better. */
    private static int battre(Riktning riktning, int jamforelse) {
        return riktning == Riktning.HOGRE_AR_BATTRE ? Integer.signum(jamforelse) : -Integer.signum(jamforelse);
    }
}
