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
 * unit or role its tidplan names as responsible in follow-up ("CIFU"), when not the uppdragstagare; {@code budgetKr} its
 * financing amount, if any (the follow-up's budget); {@code beraknadEffekt} the effect it is expected to give.
 */
public record Uppfoljningsunderlag(UppdragId id, @Nullable Diarienummer diarienummer, String titel, @Nullable String enhet,
        UppdragStatus status, @Nullable LocalDate beslutsdatum, @Nullable LocalDate slutleverans, @Nullable String uppdragstagare,
        List<String> uppdragsgivare, @Nullable String ersatter, List<Statusandring> andringar,
        List<Statusrapport> statusrapporter, Planplacering plan, @Nullable String ansvarigIUppfoljning,
        java.math.@Nullable BigDecimal budgetKr, @Nullable String beraknadEffekt) {

    /**
     * The steps that move a decided uppdrag between pågående, pausat, struket, avslutat and ersatt, and the one that moves
     * the date it reports back by (not a status step: {@link Statusandring#arStatussteg()}).
     */
    public static final List<HandelseTyp> STATUSSTEG = List.of(HandelseTyp.PAUSAT, HandelseTyp.ATERUPPTAGET,
            HandelseTyp.STRUKET, HandelseTyp.SLUTRAPPORT_INLAMNAD, HandelseTyp.KOMPLETTERING_BEGARD,
            HandelseTyp.SLUTRAPPORT_GODKAND, HandelseTyp.ERSATT, HandelseTyp.ATERREDOVISNING_FLYTTAD);

    public Uppfoljningsunderlag {
        ansvarigIUppfoljning = ansvarigIUppfoljning == null || ansvarigIUppfoljning.isBlank() ? null : ansvarigIUppfoljning;
        uppdragsgivare = List.copyOf(uppdragsgivare);
        andringar = List.copyOf(andringar);
        statusrapporter = List.copyOf(statusrapporter);
        plan = plan == null ? Planplacering.INGEN : plan;
    }

    /** Without an expected effect. */
    public Uppfoljningsunderlag(UppdragId id, @Nullable Diarienummer diarienummer, String titel, @Nullable String enhet,
            UppdragStatus status, @Nullable LocalDate beslutsdatum, @Nullable LocalDate slutleverans,
            @Nullable String uppdragstagare, List<String> uppdragsgivare, @Nullable String ersatter,
            List<Statusandring> andringar, List<Statusrapport> statusrapporter, Planplacering plan,
            @Nullable String ansvarigIUppfoljning, java.math.@Nullable BigDecimal budgetKr) {
        this(id, diarienummer, titel, enhet, status, beslutsdatum, slutleverans, uppdragstagare, uppdragsgivare, ersatter,
                andringar, statusrapporter, plan, ansvarigIUppfoljning, budgetKr, null);
    }

    /** Without a budget. */
    public Uppfoljningsunderlag(UppdragId id, @Nullable Diarienummer diarienummer, String titel, @Nullable String enhet,
            UppdragStatus status, @Nullable LocalDate beslutsdatum, @Nullable LocalDate slutleverans,
            @Nullable String uppdragstagare, List<String> uppdragsgivare, @Nullable String ersatter,
            List<Statusandring> andringar, List<Statusrapport> statusrapporter, Planplacering plan,
            @Nullable String ansvarigIUppfoljning) {
        this(id, diarienummer, titel, enhet, status, beslutsdatum, slutleverans, uppdragstagare, uppdragsgivare, ersatter,
                andringar, statusrapporter, plan, ansvarigIUppfoljning, null, null);
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

    /**
     * One step that changed the status, with its comment (the reason for a pause or a strike), or that moved the date it
     * reports back by to {@code datum}.
     */
    public record Statusandring(Instant tid, HandelseTyp typ, @Nullable String kommentar, @Nullable LocalDate datum) {

        public Statusandring(Instant tid, HandelseTyp typ, @Nullable String kommentar) {
            this(tid, typ, kommentar, null);
        }

        /** Whether it changed the status (every step here but the moved återredovisning). */
        public boolean arStatussteg() {
            return typ != HandelseTyp.ATERREDOVISNING_FLYTTAD;
        }
    }

    /**
     * The date it must report back by as things stood on {@code per}: {@link #aterredovisasSenast()}, or the date it was
     * last moved to by then, moved on by the days it stood paused after that, so that a pause never makes it late.
     */
    public @Nullable LocalDate aterredovisasSenast(LocalDate per, java.time.ZoneId zon) {
        var slut = per.plusDays(1).atStartOfDay(zon).toInstant();
        var steg = andringar.stream().filter(a -> a.tid().isBefore(slut)).toList();
        var senast = aterredovisasSenast();
        var fran = 0;
        for (int i = 0; i < steg.size(); i++) {
            if (!steg.get(i).arStatussteg() && steg.get(i).datum() != null) {
                senast = steg.get(i).datum();
                fran = i + 1;
            }
        }
        if (senast == null) {
            return null;
        }
        var efter = new java.util.ArrayList<>(steg.subList(fran, steg.size()));
        if (fran > 0 && pausadVid(steg.subList(0, fran))) {
            // paused when the date was moved: the days from then on count, not those before
            efter.addFirst(new Statusandring(steg.get(fran - 1).tid(), HandelseTyp.PAUSAT, null));
        }
        return senast.plusDays(pausadeDagar(efter, per, zon));
    }

    private static boolean pausadVid(List<Statusandring> steg) {
        var pausad = false;
        for (var a : steg) {
            pausad = a.typ() == HandelseTyp.PAUSAT || (pausad && !a.arStatussteg());
        }
        return pausad;
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
