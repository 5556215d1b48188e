package se.uppdrag.uppdrag.dokument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Person;
import se.uppdrag.text.Meddelande;
import se.uppdrag.text.Tal;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.dokument.Dokument.Punkter;
import se.uppdrag.dokument.Dokument.Sektion;
import se.uppdrag.dokument.Dokument.Stycke;
import se.uppdrag.dokument.Dokument.Tabell;
import se.uppdrag.uppdrag.Mottagare;
import se.uppdrag.uppdrag.Planplacering;
import se.uppdrag.uppdrag.Uppdragshandling;

/** The wording of the paper uppdragshandling, section by section (UPPDRAGSHANDLING.md §1). */
public final class Dokumentmall {

    public static final String BESLUTSDATUM_PLATSHALLARE = text("beslutsdatum-platshallare");

    private Dokumentmall() {
    }

    public static Dokument av(Uppdragshandling h) {
        var huvud = h.huvud();
        var rubriker = List.of(huvud.enhet() == null ? huvud.organisation() : huvud.organisation() + " – " + huvud.enhet(),
                text("datum", huvud.datum()), text("diarienummer", h.diarienummer() == null ? "–" : h.diarienummer()));
        var sektioner = new ArrayList<Sektion>();
        sektioner.add(new Sektion(text("rubrik.uppdrag"), List.of(Stycke.av(h.titel()))));
        sektioner.add(new Sektion(text("rubrik.uppdragsgivare"), List.of(Stycke.av(namn(h.uppdragsgivare())))));
        sektioner.add(new Sektion(text("rubrik.uppdragstagare"), List.of(Stycke.av(h.uppdragstagare() == null ? "–" : h.uppdragstagare().namnOchTitel()))));
        if (huvud.plan().angiven()) {
            sektioner.add(plan(huvud.plan()));
        }
        var ersatter = h.ersatter();
        if (ersatter != null && ersatter.uppdrag() != null) {
            sektioner.add(new Sektion(text("rubrik.ersatter"), List.of(new Stycke(text("ersatter-uppdrag", ersatter.uppdrag().visning()), "uppdrag/" + ersatter.uppdrag().id().value(), null))));
        } else if (ersatter != null) {
            sektioner.add(new Sektion(text("rubrik.ersatter"), List.of(Stycke.av(text("ersatter-handling", ersatter.benamning(), ersatter.datum())))));
        }
        sektioner.add(new Sektion(text("rubrik.beskrivning"), stycken(h.beskrivning())));
        sektioner.add(new Sektion(text("rubrik.innefattar"), List.of(punkter(h.innefattar()))));
        sektioner.add(new Sektion(text("rubrik.ska"), List.of(punkter(h.ska()))));
        sektioner.add(arbetsorganisation(h));
        var samband = new ArrayList<Dokument.Block>(stycken(h.samband().text()));
        samband.add(new Punkter(h.samband().uppdrag().stream().map(r -> new Stycke(r.visning(), "uppdrag/" + r.id().value(), null)).toList()));
        sektioner.add(new Sektion(text("rubrik.samband"), samband));
        sektioner.add(new Sektion(text("rubrik.kommunikation"), stycken(h.kommunikation())));
        sektioner.add(tidplan(h));
        var finansiering = new ArrayList<Dokument.Block>(stycken(h.finansiering().text()));
        if (h.finansiering().beloppKr() != null) {
            finansiering.add(Stycke.av(kronor(h.finansiering().beloppKr())));
        }
        if (h.finansiering().beraknadEffekt() != null) {
            finansiering.add(Stycke.av(text("beraknad-effekt", h.finansiering().beraknadEffekt())));
        }
        sektioner.add(new Sektion(text("rubrik.finansiering"), finansiering));
        sektioner.add(beslut(h));
        sektioner.add(new Sektion(text("rubrik.distribution"), List.of(Stycke.av(text("for-genomforande")), mottagare(h.distribution().forGenomforande()),
                Stycke.av(text("for-kannedom")), mottagare(h.distribution().forKannedom()))));
        return new Dokument(rubriker, sektioner);
    }

    private static Sektion arbetsorganisation(Uppdragshandling h) {
        var org = h.arbetsorganisation();
        var ledare = org.medlemmar().stream().filter(m -> m.projektledare() || m.sammanstallande()).map(m -> m.person().namn()).toList();
        var ledning = !ledare.isEmpty() ? String.join(text("och"), ledare) : h.uppdragstagare() == null ? null : h.uppdragstagare().namn();
        var block = new ArrayList<Dokument.Block>();
        block.add(Stycke.av(text("arbetsgruppen")));
        block.add(new Punkter(org.medlemmar().stream().map(m -> Stycke.av(m.roll() == null ? m.person().namn()
                : m.person().namn() + ", " + m.roll())).toList()));
        if (ledning != null) {
            block.add(Stycke.av(text("ledning", ledning)));
        }
        block.addAll(stycken(org.notering()));
        return new Sektion(text("rubrik.arbetsorganisation"), block);
    }

    private static Sektion tidplan(Uppdragshandling h) {
        var tidplan = h.tidplan();
        var block = new ArrayList<Dokument.Block>(stycken(tidplan.prioritet()));
        block.add(Stycke.av(tidplan.slutleverans() == null ? text("slutleverans-90-dagar")
                : text("slutleverans", tidplan.slutleverans())));
        if (tidplan.ansvarigIUppfoljning() != null) {
            block.add(Stycke.av(text("ansvarig-i-uppfoljning", tidplan.ansvarigIUppfoljning())));
        }
        block.add(new Tabell(List.of(text("kolumn.aktivitet"), text("rubrik.tidplan"), text("kolumn.ansvarig")), tidplan.aktiviteter().stream()
                .map(a -> List.of(a.namn(), a.period().visning(), a.ansvarigVisning())).toList()));
        return new Sektion(text("rubrik.tidplan"), block);
    }

    private static Sektion beslut(Uppdragshandling h) {
        var form = h.beslutsform();
        var block = new ArrayList<Dokument.Block>(stycken(form.rapporteringTill()));
        block.add(new Stycke(text("beslutsdatum", form.beslutsdatum() == null ? BESLUTSDATUM_PLATSHALLARE : form.beslutsdatum().toString()),
                null, "beslutsdatum"));
        if (form.beslutsdatum() != null && form.beslutadAv() != null) {
            block.add(new Stycke(text("beslutad-av", form.beslutadAv()), null, "beslutad-av"));
        }
        block.add(Stycke.av(namn(form.beslutsfattare().stream().map(b -> b.person()).toList())));
        return new Sektion(text("rubrik.beslut"), block);
    }

    /** "1 250 000 kr", or with öre when there are any: "1 250 000,50 kr". */
    public static String kronor(BigDecimal belopp) {
        return text("kronor", Tal.kronor(belopp));
    }

    private static Punkter mottagare(List<Mottagare> mottagare) {
        return new Punkter(mottagare.stream().map(m -> Stycke.av(m.visning())).toList());
    }

    /** "Regionstyrelsens verksamhetsplan 2026 (2026), målområde God vård, nr 7", who gave it, and the sub-items. */
    private static Sektion plan(Planplacering plan) {
        var delar = new ArrayList<String>();
        if (plan.planNamn() != null) {
            delar.add(plan.planNamn());
        }
        if (plan.malomradeNamn() != null) {
            delar.add(text("plan.malomrade", plan.malomradeNamn()));
        }
        if (plan.nummer() != null) {
            delar.add(text("plan.nummer", plan.nummer()));
        }
        var block = new ArrayList<Dokument.Block>();
        if (!delar.isEmpty()) {
            block.add(Stycke.av(String.join(", ", delar)));
        }
        if (plan.utfardare() != null) {
            block.add(Stycke.av(text("plan.utfardare", plan.utfardare())));
        }
        if (!plan.delpunkter().isEmpty()) {
            block.add(punkter(plan.bokstaverade()));
        }
        return new Sektion(text("rubrik.plan"), block);
    }

    private static Punkter punkter(List<String> punkter) {
        return new Punkter(punkter.stream().map(Stycke::av).toList());
    }

    private static String namn(List<Person> personer) {
        var namn = personer.stream().map(Person::namn).toList();
        if (namn.size() <= 1) {
            return namn.isEmpty() ? "–" : namn.getFirst();
        }
        return String.join(", ", namn.subList(0, namn.size() - 1)) + text("och") + namn.getLast();
    }

    /**
     * The document's wording by key. The uppdragshandling is an official record: it reads in Swedish on screen, in the
     * PDF and in the comparison of versions alike, whatever the user's language.
     */
    private static String text(String nyckel, Object... argument) {
        return Meddelande.svenska("uppdragshandling." + nyckel, argument);
    }

    private static List<Dokument.Block> stycken(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var block = new ArrayList<Dokument.Block>();
        for (var stycke : text.split("\\R\\s*\\R")) {
            block.add(Stycke.av(stycke.strip()));
        }
        return block;
    }
}
