package se.uppdrag.uppdrag;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import se.uppdrag.plan.MalomradeId;
import se.uppdrag.plan.PlanId;

/**
 * Where the uppdrag stands in a plan: the plan and its målområde, its number there ("7", "RS 1", "I"), the nämnd or
 * styrelse that gave it ({@code utfardare}) and its sub-items a), b) in order. Every part is optional; an uppdrag given
 * outside any plan has {@link #INGEN}. Read from storage, it also carries the plan's and målområde's names as they are
 * now ({@code planNamn}, {@code malomradeNamn}), for the document; what is written takes only the ids.
 */
public record Planplacering(@Nullable PlanId plan, @Nullable MalomradeId malomrade, @Nullable String nummer,
        @Nullable String utfardare, List<String> delpunkter, @Nullable String planNamn, @Nullable String malomradeNamn)
        implements Serializable {

    public static final Planplacering INGEN = new Planplacering(null, null, null, null, List.of());

    public Planplacering {
        delpunkter = List.copyOf(delpunkter);
    }

    public Planplacering(@Nullable PlanId plan, @Nullable MalomradeId malomrade, @Nullable String nummer,
            @Nullable String utfardare, List<String> delpunkter) {
        this(plan, malomrade, nummer, utfardare, delpunkter, null, null);
    }

    /** The same placement, named. */
    public Planplacering med(@Nullable String planNamn, @Nullable String malomradeNamn) {
        return new Planplacering(plan, malomrade, nummer, utfardare, delpunkter, planNamn, malomradeNamn);
    }

    /** Whether anything at all is said of a plan. */
    public boolean angiven() {
        return plan != null || nummer != null || utfardare != null || !delpunkter.isEmpty();
    }

    /** The sub-items lettered as the plan writes them: "a) …", "b) …". */
    public List<String> bokstaverade() {
        return IntStream.range(0, delpunkter.size())
                .mapToObj(i -> (char) ('a' + Math.min(i, 25)) + ") " + delpunkter.get(i)).toList();
    }
}
