package se.uppdrag.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.Function;
import se.uppdrag.uppdrag.UppdragId;

/** Pieces the report and the Översikt share: a count as a card, and a column that links to the uppdrag. */
final class Rapportdelar {

    private Rapportdelar() {
    }

    static Div antalKort(int antal, String etikett, String klass) {
        var siffra = new Span(String.valueOf(antal));
        siffra.addClassName("siffra");
        var kort = new Div(siffra, new Span(etikett));
        kort.addClassNames("antal-kort", klass);
        return kort;
    }

    static <T> Grid.Column<T> uppdragskolumn(Grid<T> grid, Function<T, UppdragId> id, Function<T, String> text, String rubrik) {
        return grid.addColumn(LitRenderer.<T>of("<a href=\"uppdrag/${item.id}\">${item.text}</a>")
                        .withProperty("id", rad -> id.apply(rad).value()).withProperty("text", text::apply))
                .setHeader(rubrik);
    }
}
