package se.uppdrag.uppdrag;

import java.time.LocalDate;
import java.util.List;

/**
 * A round på remiss as its owner follows it: the version sent, the date to answer by and whether it has passed, the
 * answers that have come (with their comments and when), and the reviewers who have not answered yet.
 */
public record Remissrunda(int version, LocalDate svarSenast, boolean svarsdatumetPasserat, List<Remissvar> svar,
        List<String> ejSvarat) {

    public Remissrunda {
        svar = List.copyOf(svar);
        ejSvarat = List.copyOf(ejSvarat);
    }
}
