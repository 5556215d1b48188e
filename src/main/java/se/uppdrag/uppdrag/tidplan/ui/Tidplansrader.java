package se.uppdrag.uppdrag.tidplan.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.uppdrag.uppdrag.tidplan.Aktivitetslage;
import se.uppdrag.uppdrag.tidplan.UppdragTidplan;

/** Uppdrag and their activities as rows and markers of the timeline, with their state in words, in the user's language. */
final class Tidplansrader {

    private final Component texter;

    Tidplansrader(Component texter) {
        this.texter = texter;
    }

    /** "✓ Klar 2026-09-20", "⚠ Försenad", "Pågår"…: the state never rests on colour alone. */
    String lage(UppdragTidplan uppdrag, Aktivitetslage aktivitet, LocalDate idag) {
        var lage = uppdrag.lage(aktivitet, idag);
        return switch (lage) {
            case KLAR -> "✓ " + texter.getTranslation("tidplan.lage.KLAR", String.valueOf(aktivitet.klar()));
            case FORSENAD -> "⚠ " + texter.getTranslation("tidplan.lage.FORSENAD");
            default -> texter.getTranslation("tidplan.lage." + lage.name());
        };
    }

    TidplanSvg.Stil stil(UppdragTidplan uppdrag, Aktivitetslage aktivitet, LocalDate idag) {
        return TidplanSvg.Stil.valueOf(uppdrag.lage(aktivitet, idag).name());
    }

    /** The uppdrag's own state: late when it has not reported back in time, else its status. */
    String lage(UppdragTidplan uppdrag, LocalDate idag) {
        return uppdrag.arForsenat(idag) ? "⚠ " + texter.getTranslation("tidplan.forsenat")
                : texter.getTranslation(uppdrag.status().textnyckel());
    }

    TidplanSvg.Stil stil(UppdragTidplan uppdrag, LocalDate idag) {
        return uppdrag.arForsenat(idag) ? TidplanSvg.Stil.FORSENAD : TidplanSvg.Stil.UPPDRAG;
    }

    /** One uppdrag: the whole of it first, then its activities. */
    List<TidplanSvg.Rad> forUppdrag(UppdragTidplan uppdrag, LocalDate idag) {
        var rader = new ArrayList<TidplanSvg.Rad>();
        rader.add(new TidplanSvg.Rad(texter.getTranslation("tidplan.hela-uppdraget"), lage(uppdrag, idag), stil(uppdrag, idag),
                uppdrag.start(), uppdrag.slut(), 0, null, null, null));
        aktiviteter(uppdrag, idag, 1, null, rader);
        return rader;
    }

    /** A unit: each uppdrag from decision to återredovisning (marked), linked, with its activities under it. */
    List<TidplanSvg.Rad> forEnhet(List<UppdragTidplan> uppdrag, LocalDate idag) {
        var rader = new ArrayList<TidplanSvg.Rad>();
        for (var u : uppdrag) {
            var lank = "uppdrag/" + u.id().value();
            rader.add(new TidplanSvg.Rad(namn(u), lage(u, idag), stil(u, idag), u.start(),
                    u.aterredovisning() != null ? u.aterredovisning() : u.slut(), 0, lank, u.aterredovisning(),
                    u.aterredovisning() == null ? null : aterredovisning(u)));
            aktiviteter(u, idag, 1, lank, rader);
        }
        return rader;
    }

    /** Slutleverans and (when it differs) återredovisning, as lines across the timeline. */
    List<TidplanSvg.Markering> markeringar(UppdragTidplan uppdrag) {
        var markeringar = new ArrayList<TidplanSvg.Markering>();
        if (uppdrag.slutleverans() != null) {
            markeringar.add(new TidplanSvg.Markering(uppdrag.slutleverans(),
                    texter.getTranslation("tidplan.slutleverans") + " " + uppdrag.slutleverans()));
        }
        if (uppdrag.aterredovisning() != null && !uppdrag.aterredovisning().equals(uppdrag.slutleverans())) {
            markeringar.add(new TidplanSvg.Markering(uppdrag.aterredovisning(), aterredovisning(uppdrag)));
        }
        return markeringar;
    }

    String idag(LocalDate idag) {
        return texter.getTranslation("tidplan.idag") + " " + idag;
    }

    static String namn(UppdragTidplan uppdrag) {
        return uppdrag.diarienummer() == null ? uppdrag.titel() : uppdrag.titel() + " (" + uppdrag.diarienummer() + ")";
    }

    private String aterredovisning(UppdragTidplan uppdrag) {
        return texter.getTranslation("tidplan.aterredovisning") + " " + uppdrag.aterredovisning();
    }

    private void aktiviteter(UppdragTidplan uppdrag, LocalDate idag, int niva, @Nullable String lank, List<TidplanSvg.Rad> rader) {
        for (var a : uppdrag.aktiviteter()) {
            rader.add(new TidplanSvg.Rad(a.namn(), lage(uppdrag, a, idag), stil(uppdrag, a, idag), a.period().start(),
                    a.period().slut(), niva, lank, null, null));
        }
    }
}
