package se.uppdrag.uppdrag.versioner.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.stream.Collectors;
import se.uppdrag.uppdrag.versioner.Jamforelse.Andring;
import se.uppdrag.uppdrag.versioner.Jamforelse.Skillnad;
import se.uppdrag.uppdrag.versioner.Jamforelse;

/**
 * A comparison read section by section: each change labelled "Tillagt:", "Borttaget:" or "Ändrat:", changed words
 * in {@code <ins>} and {@code <del>} (underlined and struck through, not only coloured); unchanged sections listed.
 */
class JamforelseVisning extends Div {

    JamforelseVisning(Jamforelse jamforelse) {
        addClassName("jamforelse");
        if (jamforelse.andrade().isEmpty()) {
            add(new Paragraph(getTranslation("jamforelse.inga")));
        }
        for (var avsnitt : jamforelse.andrade()) {
            var sektion = new Div(new H4(rubrik(avsnitt)));
            sektion.addClassName("jamforelse-avsnitt");
            if (avsnitt.skillnad() != Skillnad.ANDRAT) {
                sektion.add(new Paragraph(getTranslation("jamforelse.avsnitt." + avsnitt.skillnad().name())));
            }
            var lista = new UnorderedList();
            avsnitt.andringar().forEach(andring -> lista.add(punkt(andring)));
            sektion.add(lista);
            add(sektion);
        }
        if (!jamforelse.oforandrade().isEmpty()) {
            var oforandrade = new Paragraph(getTranslation("jamforelse.oforandrade",
                    jamforelse.oforandrade().stream().map(this::rubrik).collect(Collectors.joining(", "))));
            oforandrade.addClassName("jamforelse-oforandrade");
            add(oforandrade);
        }
    }

    private String rubrik(Jamforelse.Avsnitt avsnitt) {
        return avsnitt.rubrik() == null ? getTranslation("jamforelse.huvud") : avsnitt.rubrik();
    }

    private ListItem punkt(Andring andring) {
        var etikett = new Span(getTranslation("jamforelse." + andring.skillnad().name()) + " ");
        etikett.addClassNames("etikett", "etikett-" + andring.skillnad().name().toLowerCase(java.util.Locale.ROOT));
        var punkt = new ListItem(etikett);
        punkt.addClassName("andring");
        if (andring.del() != null) {
            var del = new Span(andring.del() + ": ");
            del.addClassName("del");
            punkt.add(del);
        }
        for (var bit : andring.text()) {
            punkt.add(switch (bit.skillnad()) {
                case TILLAGT -> new Ins(bit.text());
                case BORTTAGET -> new Del(bit.text());
                default -> new Span(bit.text());
            });
        }
        return punkt;
    }

    /** Text that was added. */
    @Tag("ins")
    static final class Ins extends HtmlContainer {

        Ins(String text) {
            setText(text);
        }
    }

    /** Text that was removed. */
    @Tag("del")
    static final class Del extends HtmlContainer {

        Del(String text) {
            setText(text);
        }
    }
}
