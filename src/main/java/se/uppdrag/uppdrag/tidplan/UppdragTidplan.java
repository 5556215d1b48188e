package se.uppdrag.uppdrag.tidplan;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.diarium.Diarienummer;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragStatus;

/**
 * An uppdrag on the timeline: from its decision (the document date until it is decided) to the date it must report
 * back by (återredovisning: the slutleverans, or 90 days after the decision), and its activities.
 */
public record UppdragTidplan(UppdragId id, String titel, @Nullable Diarienummer diarienummer, UppdragStatus status,
        LocalDate start, @Nullable LocalDate beslutsdatum, @Nullable LocalDate slutleverans, @Nullable LocalDate aterredovisning,
        @Nullable String uppdragstagare, List<Aktivitetslage> aktiviteter) {

    public UppdragTidplan {
        aktiviteter = List.copyOf(aktiviteter);
    }

    /** Activities are followed up while the uppdrag is decided and not closed. */
    public boolean foljsUpp() {
        return status.arBeslutatOchOppet();
    }

    /** Late: the date to report back by has passed and no final report has been handed in. */
    public boolean arForsenat(LocalDate idag) {
        return (status == UppdragStatus.PAGAENDE || status == UppdragStatus.PAUSAT)
                && aterredovisning != null && aterredovisning.isBefore(idag);
    }

    public Aktivitetslage.Lage lage(Aktivitetslage aktivitet, LocalDate idag) {
        return aktivitet.lage(idag, foljsUpp());
    }

    public long forsenadeAktiviteter(LocalDate idag) {
        return aktiviteter.stream().filter(a -> lage(a, idag) == Aktivitetslage.Lage.FORSENAD).count();
    }

    /** The last day the timeline must show: återredovisning, or the end of the last activity. */
    public LocalDate slut() {
        var slut = aterredovisning != null ? aterredovisning : start;
        for (var aktivitet : aktiviteter) {
            slut = aktivitet.period().slut().isAfter(slut) ? aktivitet.period().slut() : slut;
        }
        return slut;
    }
}
