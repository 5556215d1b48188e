package se.uppdrag.uppdrag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.diarium.Diarienummer;

/**
 * What the follow-up needs of one decided uppdrag: its dates, the steps that changed its status and the status reports
 * filed by the end of the period. {@code beslutsdatum} is the decision date (the document date for uppdrag imported as
 * decided without one; null while not decided); {@code ersatter} names the uppdragshandling it replaces, if any;
 * {@code plan} is where it stands in a plan (ids only: the follow-up names them); {@code ansvarigIUppfoljning} is the
 * unit or role its tidplan names as responsible in follow-up ("CIFU"), when not the uppdragstagare.
 */
public record Uppfoljningsunderlag(UppdragId id, @Nullable Diarienummer diarienummer, String titel, @Nullable String enhet,
        UppdragStatus status, @Nullable LocalDate beslutsdatum, @Nullable LocalDate slutleverans, @Nullable String uppdragstagare,
        List<String> uppdragsgivare, @Nullable String ersatter, List<Statusandring> andringar,
        List<Statusrapport> statusrapporter, Planplacering plan, @Nullable String ansvarigIUppfoljning) {

    /** The steps that move a decided uppdrag between pågående, pausat, struket, avslutat and ersatt. */
    public static final List<HandelseTyp> STATUSSTEG = List.of(HandelseTyp.PAUSAT, HandelseTyp.ATERUPPTAGET,
            HandelseTyp.STRUKET, HandelseTyp.SLUTRAPPORT_INLAMNAD, HandelseTyp.KOMPLETTERING_BEGARD,
            HandelseTyp.SLUTRAPPORT_GODKAND, HandelseTyp.ERSATT);

    public Uppfoljningsunderlag {
        ansvarigIUppfoljning = ansvarigIUppfoljning == null || ansvarigIUppfoljning.isBlank() ? null : ansvarigIUppfoljning;
        uppdragsgivare = List.copyOf(uppdragsgivare);
        andringar = List.copyOf(andringar);
        statusrapporter = List.copyOf(statusrapporter);
        plan = plan == null ? Planplacering.INGEN : plan;
    }

    /** Without a unit or role responsible in follow-up: the uppdragstagare is. */
    public Uppfoljningsunderlag(UppdragId id, @Nullable Diarienummer diarienummer, String titel, @Nullable String enhet,
            UppdragStatus status, @Nullable LocalDate beslutsdatum, @Nullable LocalDate slutleverans,
            @Nullable String uppdragstagare, List<String> uppdragsgivare, @Nullable String ersatter,
            List<Statusandring> andringar, List<Statusrapport> statusrapporter, Planplacering plan) {
        this(id, diarienummer, titel, enhet, status, beslutsdatum, slutleverans, uppdragstagare, uppdragsgivare, ersatter,
                andringar, statusrapporter, plan, null);
    }

    /** Outside every plan. */
    public Uppfoljningsunderlag(UppdragId id, @Nullable Diarienummer diarienummer, String titel, @Nullable String enhet,
            UppdragStatus status, @Nullable LocalDate beslutsdatum, @Nullable LocalDate slutleverans,
            @Nullable String uppdragstagare, List<String> uppdragsgivare, @Nullable String ersatter,
            List<Statusandring> andringar, List<Statusrapport> statusrapporter) {
        this(id, diarienummer, titel, enhet, status, beslutsdatum, slutleverans, uppdragstagare, uppdragsgivare, ersatter,
                andringar, statusrapporter, Planplacering.INGEN);
    }

    /** One step that changed the status, with its comment (the reason for a pause or a strike). */
    public record Statusandring(Instant tid, HandelseTyp typ, @Nullable String kommentar) {
    }

    /**
     * The date it must report back by as things stood on {@code per}: {@link #aterredovisasSenast()} moved on by the days
     * it stood paused, so that a pause never makes it late.
     */
    public @Nullable LocalDate aterredovisasSenast(LocalDate per, java.time.ZoneId zon) {
        var senast = aterredovisasSenast();
        if (senast == null) {
            return null;
        }
        var slut = per.plusDays(1).atStartOfDay(zon).toInstant();
        return senast.plusDays(pausadeDagar(andringar.stream().filter(a -> a.tid().isBefore(slut)).toList(), per, zon));
    }

    /** Days paused by {@code per}: a pause from one day to the next counts one day; one still running counts to {@code per}. */
    public static long pausadeDagar(List<Statusandring> steg, LocalDate per, java.time.ZoneId zon) {
        var dagar = 0L;
        LocalDate pausad = null;
        for (var a : steg) {
            var dag = LocalDate.ofInstant(a.tid(), zon);
            if (a.typ() == HandelseTyp.PAUSAT && pausad == null) {
                pausad = dag;
            } else if (a.typ() == HandelseTyp.ATERUPPTAGET && pausad != null) {
                dagar += java.time.temporal.ChronoUnit.DAYS.between(pausad, dag);
                pausad = null;
            }
        }
        return pausad == null ? dagar : dagar + Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(pausad, per));
    }

    /** The date it must report back by: the slutleverans, or 90 days after the decision when none was given. */
    public @Nullable LocalDate aterredovisasSenast() {
        return slutleverans != null ? slutleverans : beslutsdatum == null ? null : beslutsdatum.plusDays(90);
    }
}
