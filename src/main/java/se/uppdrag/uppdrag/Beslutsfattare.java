package se.uppdrag.uppdrag;

import se.uppdrag.personer.Person;

/** A decision-maker; one marked to decide alone makes the others' signatures unnecessary. */
public record Beslutsfattare(Person person, boolean beslutarEnsam) {
}
