package se.uppdrag.uppdrag;

import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Person;

/** A row of the tidplan: activity, its period and who is responsible. */
public record Aktivitet(String namn, Tidsperiod period, @Nullable Person ansvarig) {
}
