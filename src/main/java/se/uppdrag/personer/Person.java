package se.uppdrag.personer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person in the directory: name, title, unit and e-mail, with an optional employee or HSA id and the days they are
 * active. A person need not have a login. {@code enhet} is the unit's display name (the old free text for a person
 * placed in no unit of the tree), so documents keep writing it; {@code enhetId} is the unit of the tree, if any.
 * Nobody is ever deleted: a person who has left is deactivated and stays readable in old records.
 */
public record Person(PersonId id, String namn, @Nullable String titel, @Nullable String enhet, @Nullable EmailAddress epost,
        @Nullable EnhetId enhetId, @Nullable String anstallningsId, @Nullable LocalDate aktivFran,
        @Nullable LocalDate aktivTill, boolean inaktiverad) {

    /** A person as older code and stored versions know them: no unit of the tree, no id, always active. */
    public Person(PersonId id, String namn, @Nullable String titel, @Nullable String enhet, @Nullable EmailAddress epost) {
        this(id, namn, titel, enhet, epost, null, null, null, null, false);
    }

    /** "Namn, titel" as the paper document writes a person. */
    public String namnOchTitel() {
        return titel == null || titel.isBlank() ? namn : namn + ", " + titel;
    }

    /** Whether the person may be chosen for new work on the given day: not deactivated and within their active days. */
    public boolean arAktiv(LocalDate dag) {
        return !inaktiverad && (aktivFran == null || !dag.isBefore(aktivFran)) && (aktivTill == null || !dag.isAfter(aktivTill));
    }
}
