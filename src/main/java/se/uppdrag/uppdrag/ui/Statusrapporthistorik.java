package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.uppdrag.Statusrapport;

/**
 * The status reports, the latest first, each with what changed since the one before it, the light and the trend, as a
 * small badge ("Gul → Grön").
 */
final class Statusrapporthistorik {

    private Statusrapporthistorik() {
    }

    static Component av(Component vy, List<Statusrapport> rapporter, Tidsformat tid) {
        if (rapporter.isEmpty()) {
            return new Paragraph(vy.getTranslation("uppfoljning.ingen"));
        }
        var lista = new UnorderedList();
        lista.addClassName("statusrapporter");
        for (int i = 0; i < rapporter.size(); i++) {
            var r = rapporter.get(i);
            var rad = new ListItem(new Span(tid.dag(r.tid()) + " " + vy.getTranslation("ljus." + r.ljus().name()) + ", "
                    + vy.getTranslation("trend." + r.trend().name()) + " (" + r.rapportor() + "): " + r.kommentar() + pengar(vy, r)));
            if (i + 1 < rapporter.size()) {
                var forra = rapporter.get(i + 1);
                if (forra.ljus() != r.ljus()) {
                    rad.add(bricka(vy, "ljus.kort.", forra.ljus().name(), r.ljus().name(), tema(r.ljus())));
                }
                if (forra.trend() != r.trend()) {
                    rad.add(bricka(vy, "trend.", forra.trend().name(), r.trend().name(), "contrast"));
                }
            }
            lista.add(rad);
        }
        return lista;
    }

    /** " Prognos 1 250 000 kr, utfall hittills 400 000 kr." when the report gave them. */
    private static String pengar(Component vy, Statusrapport r) {
        var delar = new java.util.ArrayList<String>();
        if (r.resultat().prognosKr() != null) {
            delar.add(vy.getTranslation("statusrapport.historik.prognos", se.uppdrag.text.Tal.kronor(r.resultat().prognosKr())));
        }
        if (r.resultat().utfallKr() != null) {
            delar.add(vy.getTranslation("statusrapport.historik.utfall", se.uppdrag.text.Tal.kronor(r.resultat().utfallKr())));
        }
        if (r.resultat().realiseradEffekt() != null) {
            delar.add(vy.getTranslation("statusrapport.historik.effekt", r.resultat().realiseradEffekt()));
        }
        return delar.isEmpty() ? "" : " " + String.join(", ", delar) + ".";
    }

    private static Span bricka(Component vy, String prefix, String fran, String till, String tema) {
        var franText = vy.getTranslation(prefix + fran);
        var tillText = vy.getTranslation(prefix + till);
        var bricka = new Span(vy.getTranslation("statusrapport.andring", franText, tillText));
        bricka.getElement().getThemeList().addAll(List.of("badge", "small", tema));
        bricka.getElement().setAttribute("title", vy.getTranslation("statusrapport.andring.lang", franText, tillText));
        bricka.addClassName("statusandring");
        bricka.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        return bricka;
    }

    private static String tema(Statusrapport.Ljus ljus) {
        return switch (ljus) {
            case GRON -> "success";
            case GUL -> "contrast";
            case ROD -> "error";
        };
    }
}
