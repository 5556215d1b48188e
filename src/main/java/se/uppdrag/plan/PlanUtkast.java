package se.uppdrag.plan;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A plan as the administrator writes it: new when {@code id} is null; a målområde without id is new. */
public record PlanUtkast(@Nullable PlanId id, String namn, int franAr, int tillAr, @Nullable LocalDate antagen,
        String antagenAv, List<MalomradeUtkast> malomraden) {

    public PlanUtkast {
        malomraden = List.copyOf(malomraden);
    }

    public record MalomradeUtkast(@Nullable MalomradeId id, String namn, List<String> mal) {

        public MalomradeUtkast {
            mal = List.copyOf(mal);
        }
    }
}
