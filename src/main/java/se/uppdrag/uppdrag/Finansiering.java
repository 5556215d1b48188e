package se.uppdrag.uppdrag;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Kostnader och finansiering: text, an amount in kronor when there is one, and the effect the uppdrag is expected to give
 * (effekthemtagning) in words with its own unit, "1,0 årsarbetare" or "500–1 000 timmar per år".
 */
public record Finansiering(@Nullable String text, @Nullable BigDecimal beloppKr, @Nullable String beraknadEffekt) {

    public static final int LANGSTA_EFFEKT = 300;

    public Finansiering {
        beraknadEffekt = beraknadEffekt == null || beraknadEffekt.isBlank() ? null : beraknadEffekt.strip();
    }

    public Finansiering(@Nullable String text, @Nullable BigDecimal beloppKr) {
        this(text, beloppKr, null);
    }
}
