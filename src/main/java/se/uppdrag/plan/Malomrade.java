package se.uppdrag.plan;

import java.io.Serializable;
import java.util.List;

/** A målområde (fokusområde) of a plan, with its mål in the plan's order. */
public record Malomrade(MalomradeId id, String namn, List<String> mal) implements Serializable {

    public Malomrade {
        mal = List.copyOf(mal);
    }
}
