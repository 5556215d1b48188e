package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.uppdrag.text.Tidsformat;
import se.uppdrag.uppdrag.Handelse;
import se.uppdrag.uppdrag.HandelseTyp;

/** The history says who acted and, when they acted for someone, for whom: in Swedish and in English. */
class TidslinjeTest extends ViewTestBase {

    private static final List<Handelse> HANDELSER = List.of(
            new Handelse(Instant.parse("2026-11-23T09:00:00Z"), "Ahmed Nur", HandelseTyp.REMISSVAR, "Godkänt", 2, "Olof Ek"),
            new Handelse(Instant.parse("2026-11-23T10:00:00Z"), "Olof Ek", HandelseTyp.PDF_HAMTAD, null, null, null),
            new Handelse(Instant.parse("2026-11-23T11:00:00Z"), null, HandelseTyp.SVARSDATUM_PASSERAT, null, null, null));

    private List<String> rader() {
        var tidslinje = new Tidslinje(HANDELSER, new Tidsformat(ZoneId.of("Europe/Stockholm")));
        return tidslinje.getElement().getChild(0).getChildren().map(rad -> rad.getTextRecursively()).toList();
    }

    @Test
    void in_swedish_the_one_who_answered_for_someone_is_named_with_for_whom() {
        assertThat(rader()).containsExactly("2026-11-23 10:00 Remissvar – Ahmed Nur för Olof Ek (version 2): Godkänt",
                "2026-11-23 11:00 PDF hämtad – Olof Ek", "2026-11-23 12:00 Svarsdatum passerat – systemet");
    }

    @Test
    void in_english_too() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        assertThat(rader().getFirst()).contains("Ahmed Nur for Olof Ek");
        assertThat(rader().get(1)).contains("PDF downloaded – Olof Ek");
    }
}
