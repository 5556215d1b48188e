package se.uppdrag.delegation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.EnhetId;
import se.uppdrag.personer.PersonId;

/** A rule as the administrator writes it; every field may be missing, and the service says which one at the field. */
public record NyDelegationsregel(@Nullable PersonId delegat, @Nullable EnhetId enhet, @Nullable Uppdragsslag slag,
        @Nullable BigDecimal beloppsgrans, @Nullable LocalDate giltigFran, @Nullable LocalDate giltigTill) {
}
