package se.uppdrag.workflow.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.workflow.Uppgift;

/** A list of tasks: the task (a link to it), what it concerns, when it is due (late ones marked) and since when. */
class UppgiftGrid extends Grid<Uppgift> {

    UppgiftGrid(String rubrik, Tidsformat tid) {
        setAriaLabel(rubrik);
        addColumn(LitRenderer.<Uppgift>of("<a href=\"uppgifter/${item.id}\">${item.namn}</a>")
                .withProperty("id", Uppgift::id).withProperty("namn", u -> u.visningsnamn(this)))
                .setHeader(getTranslation("inkorg.kolumn.uppgift")).setFlexGrow(2);
        addColumn(u -> u.arende() == null ? "" : u.arende().diarienummer() == null ? u.arende().titel()
                : u.arende().titel() + " (" + u.arende().diarienummer() + ")")
                .setHeader(getTranslation("inkorg.kolumn.uppdrag")).setFlexGrow(3);
        addColumn(new ComponentRenderer<>(u -> {
            var text = new Span(u.forfaller() == null ? "" : u.forfaller().toString());
            if (u.forsenad()) {
                var sen = new Span(getTranslation("inkorg.forsenad"));
                sen.getElement().getThemeList().add("badge error");
                sen.addClassName("forsenad");
                return new Span(text, new Span(" "), sen);
            }
            return text;
        })).setHeader(getTranslation("inkorg.kolumn.forfaller")).setAutoWidth(true);
        addColumn(u -> tid.dag(u.skapad())).setHeader(getTranslation("inkorg.kolumn.skapad")).setAutoWidth(true);
        addColumn(u -> u.arDelegerad() ? getTranslation("inkorg.delegerad") : "").setHeader("").setAutoWidth(true);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("inkorg.tom"));
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("uppgifter/" + e.getItem().id())));
    }
}
