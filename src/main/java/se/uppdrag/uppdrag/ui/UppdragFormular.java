package se.uppdrag.uppdrag.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.Beslutskrav;
import se.uppdrag.uppdrag.Uppdragshandling;

/** The whole uppdragshandling as a form, section by section in the order of the paper document. */
class UppdragFormular extends VerticalLayout {

    private final HuvudSektion huvud;
    private final ErsatterSektion ersatter;
    private final InnehallSektion innehall = new InnehallSektion();
    private final OrganisationSektion organisation;
    private final TidplanSektion tidplan;
    private final BeslutSektion beslut;
    private final DistributionSektion distribution;
    private final List<Sektion> sektioner;
    private final Clock clock;
    private Uppdragshandling original;

    private final Beslutsratten beslutsratten;

    UppdragFormular(Valjare valjare, Uppdragshandling handling, Clock clock, Beslutsratten beslutsratten) {
        this.beslutsratten = beslutsratten;
        this.clock = clock;
        addClassName("uppdrag-formular");
        setMaxWidth("70em");
        huvud = new HuvudSektion(valjare);
        ersatter = new ErsatterSektion(valjare);
        organisation = new OrganisationSektion(valjare);
        tidplan = new TidplanSektion(valjare, clock);
        beslut = new BeslutSektion(beslutsratten);
        distribution = new DistributionSektion(valjare);
        sektioner = List.of(huvud, ersatter, innehall, organisation, tidplan, beslut, distribution);
        sektioner.forEach(sektion -> add((com.vaadin.flow.component.Component) sektion));
        las(handling);
        huvud.narEnhetenAndras(this::uppdateraBeslutsratt);
        ersatter.narValetAndras(this::uppdateraBeslutsratt);
        beslut.narBeloppAndras(this::uppdateraBeslutsratt);
    }

    void las(Uppdragshandling handling) {
        this.original = handling;
        sektioner.forEach(sektion -> sektion.las(handling));
        uppdateraBeslutsratt();
    }

    /** Who may decide depends on the unit, on whether it is a revision and on the amount: asked again when they change. */
    private void uppdateraBeslutsratt() {
        beslutsratten.uppdatera(huvud.enhet(), ersatter.arRevidering(), beslut.belopp());
    }

    /** The warning that none of the chosen beslutsfattare may decide the uppdrag, marked at them; null when one may. */
    @Nullable String visaBeslutsratt() {
        var varning = beslut.utanBeslutsratt();
        if (varning != null) {
            beslut.visaBeslutsrattFel(varning);
        }
        return varning;
    }

    /** The handling as the user has filled it in, or empty when a field is wrong (the fields then say why). */
    Optional<Uppdragshandling> skriv() {
        var giltig = true;
        for (var sektion : sektioner) {
            giltig &= sektion.validera();
        }
        if (!giltig) {
            return Optional.empty();
        }
        return Optional.of(new Uppdragshandling(original.id(), original.version(), original.status(), original.agare(),
                huvud.huvud(), original.diarienummer(), huvud.titel.getValue(), huvud.uppdragsgivare(),
                huvud.uppdragstagare(), ersatter.ersatter(), innehall.beskrivning(), innehall.innefattar(),
                innehall.ska(), organisation.arbetsorganisation(), organisation.samband(), organisation.kommunikation(),
                tidplan.tidplan(), beslut.finansiering(), beslut.beslutsform(original), distribution.distribution()));
    }

    /** What a decision needs that the form lacks as it stands now. */
    List<Beslutskrav> beslutskrav() {
        return Beslutskrav.saknas(huvud.uppdragsgivare(), huvud.uppdragstagare(), beslut.beslutsfattare(), tidplan.slutleverans(),
                LocalDate.now(clock));
    }

    /** Marks each field a decision needs and lacks, with its message. */
    void visaBeslutskrav(List<Beslutskrav> saknas) {
        sektioner.forEach(sektion -> sektion.visaBeslutskrav(saknas));
    }

    /** Calls back whenever a field a decision needs changes. */
    void narBeslutskravAndras(Runnable lyssnare) {
        sektioner.forEach(sektion -> sektion.narBeslutskravAndras(lyssnare));
    }

    /** The decision the slutleverans may not come before (revising a decided uppdrag). */
    void beslutsdatumForSlutleverans(@Nullable LocalDate datum) {
        tidplan.beslutsdatum(datum);
    }

    void visaFel(Map<String, String> fel) {
        sektioner.forEach(sektion -> sektion.visaFel(fel));
    }

    Uppdragshandling original() {
        return original;
    }
}
