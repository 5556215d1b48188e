package se.uppdrag.uppdrag.tidplan;

import java.time.LocalDate;
import java.util.List;

/** Uppdrag on a timeline, and the day it is seen on (today, from the application's clock). */
public record Tidplansbild(LocalDate idag, List<UppdragTidplan> uppdrag) {

    public Tidplansbild {
        uppdrag = List.copyOf(uppdrag);
    }
}
