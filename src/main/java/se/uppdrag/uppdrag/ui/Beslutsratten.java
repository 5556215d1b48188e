package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonService;
import se.uppdrag.personer.PersonValjare;
import se.uppdrag.uppdrag.Beslutsratt;

/**
 * Who may decide the uppdrag as the editor holds it now (its unit, whether it is a revision, its amount), refreshed
 * when any of those changes: the beslutsfattare picker offers them first, marked, and each row says whether its
 * person has authority.
 */
class Beslutsratten {

    private final Beslutsratt service;
    private final PersonService personer;
    private final List<Runnable> lyssnare = new ArrayList<>();
    private List<Person> behoriga = List.of();

    Beslutsratten(Beslutsratt service, PersonService personer) {
        this.service = service;
        this.personer = personer;
    }

    void uppdatera(@Nullable String enhet, boolean revidering, @Nullable BigDecimal belopp) {
        behoriga = service.behoriga(enhet, revidering, belopp);
        lyssnare.forEach(Runnable::run);
    }

    boolean har(Person person) {
        return behoriga.stream().anyMatch(p -> p.id().equals(person.id()));
    }

    boolean arInlagd() {
        return service.arInlagd();
    }

    void narAndrad(Runnable lyssnare) {
        this.lyssnare.add(lyssnare);
    }

    /** A picker of one person that lists those with authority first, each marked, then everyone else the search finds. */
    ComboBox<Person> valjare(String etikett) {
        var falt = PersonValjare.en(personer, etikett);
        falt.setItems(query -> {
            var filter = query.getFilter().orElse("").strip().toLowerCase(Locale.ROOT);
            var forst = behoriga.stream().filter(p -> p.namnOchTitel().toLowerCase(Locale.ROOT).contains(filter)).toList();
            var ovriga = personer.sok(filter, PageRequest.of(0, query.getOffset() + query.getLimit())).stream()
                    .filter(p -> !har(p));
            return Stream.concat(forst.stream(), ovriga).skip(query.getOffset()).limit(query.getLimit());
        });
        falt.setRenderer(new ComponentRenderer<>(person -> {
            var rad = new Span(falt.getItemLabelGenerator().apply(person));
            if (har(person)) {
                var markering = new Span(" – " + falt.getTranslation("beslutsratt.markering"));
                markering.addClassName("beslutsratt-markering");
                rad.add(markering);
            }
            return rad;
        }));
        return falt;
    }
}
