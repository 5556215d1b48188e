package se.uppdrag.workflow;

import java.time.LocalDate;
import se.uppdrag.personer.PersonId;

/** A registered absence: {@code person} is away from {@code fran} to {@code till} (both included), {@code ersattare} stands in. */
public record Franvaro(long id, PersonId person, String personNamn, PersonId ersattare, String ersattareNamn, LocalDate fran,
        LocalDate till) {
}
