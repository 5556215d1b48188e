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
import se.uppdrag.uppdrag.Mottagare;
import se.uppdrag.uppdrag.Uppdragshandling;

/**
 * The rules a saved uppdragshandling must meet, with a Swedish message per field. A draft may be
 * incomplete (only the title is required); what it does contain must be consistent.
 */
public final class UppdragValidering {

    private static final BigDecimal MAX_BELOPP = new BigDecimal("9999999999999");

    private UppdragValidering() {
    }

    public static Map<String, String> fel(Uppdragshandling h) {
        return fel(h, null);
    }

    /** As {@link #fel(Uppdragshandling)}, and a slutleverans may not come before the decision it follows, if there is one. */
    public static Map<String, String> fel(Uppdragshandling h, @Nullable LocalDate beslutsdatum) {
        var fel = new LinkedHashMap<String, String>();
        if (h.titel() == null || h.titel().isBlank()) {
            fel.put("titel", "Ange uppdragets titel");
        } else if (h.titel().strip().length() > 500) {
            fel.put("titel", "Titeln får vara högst 500 tecken");
        }
        if (h.huvud().organisation() == null || h.huvud().organisation().isBlank()) {
            fel.put("organisation", "Ange organisationen, till exempel Region Exempel");
        }
        if (dubbletter(h.uppdragsgivare(), p -> p.id())) {
            fel.put("uppdragsgivare", "Samma person står mer än en gång bland uppdragsgivarna");
        }
        var ersatter = h.ersatter();
        if (ersatter != null && ersatter.uppdrag() == null
                && (ersatter.benamning() == null || ersatter.benamning().isBlank() || ersatter.datum() == null)) {
            fel.put("ersatter", "Ange både benämning och datum för den uppdragshandling som ersätts");
        }
        if (ersatter != null && ersatter.uppdrag() != null && ersatter.uppdrag().id().equals(h.id())) {
            fel.put("ersatter", "Ett uppdrag kan inte ersätta sig självt");
        }
        if (h.innefattar().stream().anyMatch(rad -> rad.length() > 2000) || h.ska().stream().anyMatch(rad -> rad.length() > 2000)) {
            fel.put("punkter", "En punkt får vara högst 2000 tecken");
        }
        if (dubbletter(h.arbetsorganisation().medlemmar(), m -> m.person().id())) {
            fel.put("arbetsgrupp", "Samma person står mer än en gång i arbetsgruppen");
        }
        if (h.samband().uppdrag().stream().anyMatch(ref -> ref.id().equals(h.id()))) {
            fel.put("samband", "Ett uppdrag kan inte länkas till sig självt");
        }
        var slutleverans = h.tidplan().slutleverans();
        if (slutleverans != null && beslutsdatum != null && slutleverans.isBefore(beslutsdatum)) {
            fel.put("slutleverans", "Slutleveransen kan inte ligga före beslutet den " + beslutsdatum);
        } else if (slutleverans != null && slutleverans.isBefore(h.huvud().datum())) {
            fel.put("slutleverans", "Slutleveransen kan inte ligga före uppdragshandlingens datum");
        }
        if (h.tidplan().aktiviteter().stream().anyMatch(a -> a.namn() == null || a.namn().isBlank())) {
            fel.put("aktiviteter", "Varje aktivitet i tidplanen behöver ett namn");
        }
        var belopp = h.finansiering().beloppKr();
        if (belopp != null && (belopp.signum() < 0 || belopp.compareTo(MAX_BELOPP) > 0)) {
            fel.put("belopp", "Beloppet ska vara ett positivt belopp i kronor");
        }
        var beslutsfattare = h.beslutsform().beslutsfattare();
        if (dubbletter(beslutsfattare, b -> b.person().id())) {
            fel.put("beslutsfattare", "Samma person står mer än en gång bland beslutsfattarna");
        } else if (beslutsfattare.stream().filter(b -> b.beslutarEnsam()).count() > 1) {
            fel.put("beslutsfattare", "Högst en beslutsfattare kan besluta ensam");
        }
        if (dubbletter(h.distribution().forGenomforande(), UppdragValidering::mottagarnyckel)) {
            fel.put("forGenomforande", "Samma mottagare står mer än en gång i listan för genomförande");
        }
        if (dubbletter(h.distribution().forKannedom(), UppdragValidering::mottagarnyckel)) {
            fel.put("forKannedom", "Samma mottagare står mer än en gång i listan för kännedom");
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
