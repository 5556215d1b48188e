package se.uppdrag.uppdrag;

import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Person;

/** A member of the arbetsgrupp with the role text the document gives ("sjukhusdirektör Norra sjukhuset"). */
public record Arbetsgruppsmedlem(Person person, @Nullable String roll, boolean projektledare, boolean sammanstallande) {
}
