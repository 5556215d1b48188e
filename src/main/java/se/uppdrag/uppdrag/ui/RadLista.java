package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** An ordered list of rows that the user can add to, remove from and reorder; used for every list section. */
class RadLista<T> extends VerticalLayout {

    private final Supplier<Rad<T>> nyRad;
    private final VerticalLayout rader = new VerticalLayout();
    private final Span fel = new Span();
    private final String radnamn;
    private final String rubrik;
    private final List<Runnable> andringslyssnare = new ArrayList<>();

    RadLista(String rubrik, String laggTillText, String radnamn, Supplier<Rad<T>> nyRad) {
        this.nyRad = nyRad;
        this.radnamn = radnamn;
        this.rubrik = rubrik;
        setPadding(false);
        setSpacing(false);
        rader.setPadding(false);
        var laggTill = new Button(laggTillText, VaadinIcon.PLUS.create(), e -> laggTill(nyRad.get()).fokusera());
        laggTill.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        fel.addClassName("lista-fel");
        fel.getElement().setAttribute("role", "alert");
        add(new H3(rubrik), rader, fel, laggTill);
    }

    void satt(List<T> varden, Function<T, Rad<T>> rad) {
        rader.removeAll();
        varden.forEach(varde -> laggTill(rad.apply(varde)));
        andrad();
    }

    /**
     * Marks the list as needed for the decision: a line under the heading says what is needed, and the list is a group
     * whose accessible name says so too (a list of rows has no required state of its own).
     */
    void kravsForBeslut(String krav) {
        var text = new Span(krav);
        text.addClassName("kravs-for-beslut");
        addComponentAtIndex(1, text);
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", rubrik + ". " + krav);
    }

    /** Calls back when a row is added or removed, or a row's value changes. */
    void narAndrad(Runnable lyssnare) {
        andringslyssnare.add(lyssnare);
    }

    private void andrad() {
        andringslyssnare.forEach(Runnable::run);
    }

    private Rad<T> laggTill(Rad<T> rad) {
        var upp = knapp(VaadinIcon.ARROW_UP, "lista.flytta-upp", () -> flytta(rad, -1));
        var ner = knapp(VaadinIcon.ARROW_DOWN, "lista.flytta-ner", () -> flytta(rad, 1));
        var bort = knapp(VaadinIcon.TRASH, "lista.ta-bort", () -> {
            rader.getChildren().filter(c -> c.getChildren().anyMatch(rad::equals)).findFirst().ifPresent(rader::remove);
            andrad();
        });
        rad.narAndrad(this::andrad);
        var behallare = new HorizontalLayout(rad, new Div(upp, ner, bort));
        behallare.setWidthFull();
        behallare.setFlexGrow(1, rad);
        behallare.addClassName("rad-behallare");
        rader.add(behallare);
        andrad();
        return rad;
    }

    private Button knapp(VaadinIcon ikon, String nyckel, Runnable atgard) {
        var knapp = new Button(ikon.create(), e -> atgard.run());
        knapp.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        knapp.setAriaLabel(getTranslation(nyckel, radnamn));
        knapp.setTooltipText(getTranslation(nyckel, radnamn));
        return knapp;
    }

    private void flytta(Rad<T> rad, int steg) {
        var behallare = rad.getParent().orElseThrow();
        var index = rader.indexOf(behallare);
        var nytt = index + steg;
        if (nytt >= 0 && nytt < rader.getComponentCount()) {
            rader.remove(behallare);
            rader.addComponentAtIndex(nytt, behallare);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Rad<T>> allaRader() {
        return rader.getChildren().map(c -> (Rad<T>) c.getChildren().findFirst().orElseThrow()).toList();
    }

    boolean validera() {
        var giltig = true;
        for (var rad : allaRader()) {
            giltig &= rad.arTom() || rad.validera();
        }
        return giltig;
    }

    List<T> varden() {
        var varden = new ArrayList<T>();
        allaRader().stream().filter(rad -> !rad.arTom()).forEach(rad -> varden.add(rad.varde()));
        return varden;
    }

    /** A rule across rows broken (duplicates, two who decide alone): shown under the list. */
    void visaFel(@org.jspecify.annotations.Nullable String meddelande) {
        fel.setText(meddelande == null ? "" : meddelande);
    }
}
