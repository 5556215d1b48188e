package se.uppdrag.uppdrag.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.uppdrag.text.Meddelande;
import se.uppdrag.uppdrag.Mottagare;
import se.uppdrag.uppdrag.Uppdragshandling;

/**
 * The rules a saved uppdragshandling must meet, with a message per field (by key, or in Swedish). A draft may be
 * incomplete (only the title is required); what it does contain must be consistent.
 */
public final class UppdragValidering {

    private static final BigDecimal MAX_BELOPP = new BigDecimal("9999999999999");

    private UppdragValidering() {
    }

    public static Map<String, String> fel(Uppdragshandling h) {
        return fel(h, null);
    }

    /** As {@link #meddelanden(Uppdragshandling, LocalDate)}, in Swedish. */
    public static Map<String, String> fel(Uppdragshandling h, @Nullable LocalDate beslutsdatum) {
        var fel = new LinkedHashMap<String, String>();
        meddelanden(h, beslutsdatum).forEach((falt, meddelande) -> fel.put(falt, meddelande.svenska()));
        return fel;
    }

    /** The message per field, by key; a slutleverans may not come before the decision it follows, if there is one. */
    public static Map<String, Meddelande> meddelanden(Uppdragshandling h, @Nullable LocalDate beslutsdatum) {
        var fel = new LinkedHashMap<String, Meddelande>();
        if (h.titel() == null || h.titel().isBlank()) {
            fel.put("titel", new Meddelande("fel.titel"));
        } else if (h.titel().strip().length() > 500) {
            fel.put("titel", new Meddelande("uppdrag.fel.titel-lang"));
        }
        if (h.huvud().organisation() == null || h.huvud().organisation().isBlank()) {
            fel.put("organisation", new Meddelande("uppdrag.fel.organisation"));
        }
        var plan = h.huvud().plan();
        if (plan.malomrade() != null && plan.plan() == null) {
            fel.put("plan", new Meddelande("uppdrag.fel.malomrade-utan-plan"));
        }
        if (plan.nummer() != null && plan.nummer().strip().length() > 30) {
            fel.put("plannummer", new Meddelande("uppdrag.fel.plannummer-lang"));
        }
        if (plan.utfardare() != null && plan.utfardare().strip().length() > 300) {
            fel.put("utfardare", new Meddelande("uppdrag.fel.utfardare-lang"));
        }
        if (String.join("\n", plan.delpunkter()).length() > 4000) {
            fel.put("delpunkter", new Meddelande("uppdrag.fel.delpunkter-langa"));
        }
        if (dubbletter(h.uppdragsgivare(), p -> p.id())) {
            fel.put("uppdragsgivare", new Meddelande("uppdrag.fel.uppdragsgivare-dubblett"));
        }
        var ersatter = h.ersatter();
        if (ersatter != null && ersatter.uppdrag() == null
                && (ersatter.benamning() == null || ersatter.benamning().isBlank() || ersatter.datum() == null)) {
            fel.put("ersatter", new Meddelande("uppdrag.fel.ersatter-ofullstandig"));
        }
        if (ersatter != null && ersatter.uppdrag() != null && ersatter.uppdrag().id().equals(h.id())) {
            fel.put("ersatter", new Meddelande("uppdrag.fel.ersatter-sig-sjalvt"));
        }
        if (h.innefattar().stream().anyMatch(rad -> rad.length() > 2000) || h.ska().stream().anyMatch(rad -> rad.length() > 2000)) {
            fel.put("punkter", new Meddelande("fel.punkt-lang"));
        }
        if (dubbletter(h.arbetsorganisation().medlemmar(), m -> m.person().id())) {
            fel.put("arbetsgrupp", new Meddelande("uppdrag.fel.arbetsgrupp-dubblett"));
        }
        if (h.samband().uppdrag().stream().anyMatch(ref -> ref.id().equals(h.id()))) {
            fel.put("samband", new Meddelande("uppdrag.fel.samband-sig-sjalvt"));
        }
        var slutleverans = h.tidplan().slutleverans();
        if (slutleverans != null && beslutsdatum != null && slutleverans.isBefore(beslutsdatum)) {
            fel.put("slutleverans", new Meddelande("fel.slutleverans-fore-beslut", beslutsdatum));
        } else if (slutleverans != null && slutleverans.isBefore(h.huvud().datum())) {
            fel.put("slutleverans", new Meddelande("uppdrag.fel.slutleverans-fore-datum"));
        }
        if (h.tidplan().aktiviteter().stream().anyMatch(a -> a.namn() == null || a.namn().isBlank())) {
            fel.put("aktiviteter", new Meddelande("uppdrag.fel.aktivitet-namn"));
        } else if (h.tidplan().aktiviteter().stream().anyMatch(a -> a.ansvarigText() != null
                && a.ansvarigText().length() > se.uppdrag.uppdrag.Aktivitet.ANSVARIG_TEXT_MAX)) {
            fel.put("aktiviteter", new Meddelande("uppdrag.fel.ansvarig-text-lang", se.uppdrag.uppdrag.Aktivitet.ANSVARIG_TEXT_MAX));
        }
        var iUppfoljning = h.tidplan().ansvarigIUppfoljning();
        if (iUppfoljning != null && iUppfoljning.length() > se.uppdrag.uppdrag.Aktivitet.ANSVARIG_TEXT_MAX) {
            fel.put("ansvarigIUppfoljning", new Meddelande("uppdrag.fel.ansvarig-text-lang", se.uppdrag.uppdrag.Aktivitet.ANSVARIG_TEXT_MAX));
        }
        var effekt = h.finansiering().beraknadEffekt();
        if (effekt != null && effekt.length() > se.uppdrag.uppdrag.Finansiering.LANGSTA_EFFEKT) {
            fel.put("beraknadEffekt", new Meddelande("uppdrag.fel.effekt-lang", se.uppdrag.uppdrag.Finansiering.LANGSTA_EFFEKT));
        }
        var belopp = h.finansiering().beloppKr();
        if (belopp != null && (belopp.signum() < 0 || belopp.compareTo(MAX_BELOPP) > 0)) {
            fel.put("belopp", new Meddelande("fel.belopp"));
        }
        var beslutsfattare = h.beslutsform().beslutsfattare();
        if (dubbletter(beslutsfattare, b -> b.person().id())) {
            fel.put("beslutsfattare", new Meddelande("uppdrag.fel.beslutsfattare-dubblett"));
        } else if (beslutsfattare.stream().filter(b -> b.beslutarEnsam()).count() > 1) {
            fel.put("beslutsfattare", new Meddelande("uppdrag.fel.ensam-beslutsfattare"));
        }
        if (dubbletter(h.distribution().forGenomforande(), UppdragValidering::mottagarnyckel)) {
            fel.put("forGenomforande", new Meddelande("uppdrag.fel.genomforande-dubblett"));
        }
        if (dubbletter(h.distribution().forKannedom(), UppdragValidering::mottagarnyckel)) {
            fel.put("forKannedom", new Meddelande("uppdrag.fel.kannedom-dubblett"));
        }
        return fel;
    }

    private static Object mottagarnyckel(Mottagare m) {
        return m.person() != null ? m.person().id() : m.epost().value().toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> boolean dubbletter(List<T> items, Function<T, Object> key) {
        var sedda = new HashSet<>();
        return items.stream().map(key).filter(Objects::nonNull).anyMatch(k -> !sedda.add(k));
    }
}
