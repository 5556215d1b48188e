package se.uppdrag.uppdrag;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Priority statement, final delivery (slutleverans) and the activities. */
public record Tidplan(@Nullable String prioritet, @Nullable LocalDate slutleverans, List<Aktivitet> aktiviteter) {

    public Tidplan {
        aktiviteter = List.copyOf(aktiviteter);
    }
}
