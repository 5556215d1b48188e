package se.uppdrag.uppdrag;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Kostnader och finansiering: text, and an amount in kronor when there is one. */
public record Finansiering(@Nullable String text, @Nullable BigDecimal beloppKr) {
}
