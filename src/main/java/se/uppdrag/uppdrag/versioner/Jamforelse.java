package se.uppdrag.uppdrag.versioner;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Two texts of an uppdragshandling compared section by section, in the order of the paper document: what was
 * added, removed and changed. Section names and wording are the document's own (see {@link Dokument}).
 */
public record Jamforelse(List<Avsnitt> avsnitt) {

    public Jamforelse {
        avsnitt = List.copyOf(avsnitt);
    }

    public enum Skillnad { OFORANDRAT, TILLAGT, BORTTAGET, ANDRAT }

    /** A section; {@code rubrik} is null for the document header (organisation, datum, diarienummer). */
    public record Avsnitt(@Nullable String rubrik, Skillnad skillnad, List<Andring> andringar) {

        public Avsnitt {
            andringar = List.copyOf(andringar);
        }
    }

    /**
     * One added, removed or changed paragraph, list item or table row. {@code del} names the list it belongs to
     * ("För genomförande", "Aktivitet"), null for free text. The text is in pieces; a changed one shows word by word
     * what was removed and added.
     */
    public record Andring(Skillnad skillnad, @Nullable String del, List<Textbit> text) {

        public Andring {
            text = List.copyOf(text);
        }

        /** The text as it was (empty when added). */
        public String fore() {
            return text.stream().filter(b -> b.skillnad() != Skillnad.TILLAGT).map(Textbit::text).collect(Collectors.joining()).strip();
        }

        /** The text as it is now (empty when removed). */
        public String efter() {
            return text.stream().filter(b -> b.skillnad() != Skillnad.BORTTAGET).map(Textbit::text).collect(Collectors.joining()).strip();
        }
    }

    /** A piece of text that is the same in both, or only in the later (TILLAGT) or the earlier (BORTTAGET). */
    public record Textbit(String text, Skillnad skillnad) {
    }

    public List<Avsnitt> andrade() {
        return avsnitt.stream().filter(a -> a.skillnad() != Skillnad.OFORANDRAT).toList();
    }

    public List<Avsnitt> oforandrade() {
        return avsnitt.stream().filter(a -> a.skillnad() == Skillnad.OFORANDRAT).toList();
    }

    /** The section with this heading, if it is in either text. */
    public java.util.Optional<Avsnitt> avsnitt(@Nullable String rubrik) {
        return avsnitt.stream().filter(a -> java.util.Objects.equals(a.rubrik(), rubrik)).findFirst();
    }
}
