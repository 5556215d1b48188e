package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import se.uppdrag.personer.Person;
import se.uppdrag.uppdrag.BeslutService;
import se.uppdrag.uppdrag.Beslutskrav;
import se.uppdrag.uppdrag.RemissService;
import se.uppdrag.uppdrag.Remissvar;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.Uppdragshandling;
import se.uppdrag.uppdrag.UtanBeslutsrattException;
import se.uppdrag.workflow.Uppgift;

/** The owner's draft: edit it, see the answers of earlier rounds, send it på remiss or för beslut. */
class UtkastFormular extends Formularbas {

    UtkastFormular(Uppgift uppgift, Runnable klar, Uppdragshandling handling, List<Remissvar> svar, Valjare valjare,
            RemissService remiss, BeslutService beslut, Clock clock) {
        super(klar);
        var id = handling.id();
        add(new Anchor("uppdrag/" + id.value() + "/redigera", getTranslation("utkast.redigera")));
        if (!svar.isEmpty()) {
            var lista = new UnorderedList();
            svar.forEach(s -> lista.add(new ListItem(getTranslation("remissvar.rad", s.vem(this), s.version(),
                    getTranslation("remissvar." + s.svar().name()), s.kommentar() == null ? "" : s.kommentar()))));
            add(new H2(getTranslation("utkast.remissvar")), lista);
        }
        var granskare = valjare.personer(getTranslation("utkast.granskare"));
        granskare.setWidthFull();
        granskare.setHelperText(getTranslation("utkast.granskare.hjalp"));
        var svarsdatum = Falt.datum(this, "utkast.svarsdatum");
        svarsdatum.setValue(LocalDate.now(clock).plusDays(14));
        svarsdatum.setMin(LocalDate.now(clock));
        var paRemiss = new Button(getTranslation("utkast.skicka-pa-remiss"), e -> utfor(() -> remiss.skickaPaRemiss(uppgift.id(),
                granskare.getValue().stream().map(Person::id).toList(), svarsdatum.getValue(), nyckel("remiss")), granskare));
        add(new H2(getTranslation("utkast.remiss")), granskare, svarsdatum, paRemiss);
        var beslutsfattare = handling.beslutsform().beslutsfattare().stream().map(b -> b.person().namn()).toList();
        var krav = new BeslutskravSammanfattning();
        krav.visa(Beslutskrav.saknas(handling, LocalDate.now(clock)));
        // a refusal for want of decision authority stays written here, at the beslutsfattare it concerns
        var utanBeslutsratt = new Paragraph();
        utanBeslutsratt.addClassName("beslutsratt-varning");
        utanBeslutsratt.getElement().setAttribute("role", "alert");
        var forBeslut = new Button(getTranslation("utkast.skicka-for-beslut"), e -> utfor(() -> {
            utanBeslutsratt.setText("");
            try {
                beslut.skickaForBeslut(uppgift.id(), nyckel("beslut"));
            } catch (UtanBeslutsrattException utan) {
                utanBeslutsratt.setText(meddelande(utan));
                throw utan;
            }
        }, null));
        forBeslut.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("utkast.beslut")), new Paragraph(beslutsfattare.isEmpty()
                ? getTranslation("utkast.inga-beslutsfattare") : getTranslation("utkast.beslutsfattare", String.join(", ", beslutsfattare))),
                utanBeslutsratt, krav, forBeslut);
    }

    static UppdragId uppdragId(Uppgift uppgift) {
        return new UppdragId(Long.parseLong(uppgift.arende().nyckel()));
    }
}
