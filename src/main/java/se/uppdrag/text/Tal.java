package se.uppdrag.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Numbers as Swedish people write them: "1 234,5" (a point and spaces of any kind are taken too). */
public final class Tal {

    private Tal() {
    }

    /** The number typed, or null when nothing was; throws NumberFormatException when it is no number. */
    public static @Nullable BigDecimal las(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var rensat = text.strip().replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.').replace('−', '-');
        return new BigDecimal(rensat);
    }

    public static String visa(@Nullable BigDecimal tal) {
        if (tal == null) {
            return "–";
        }
        var format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.of("sv", "SE")));
        return format.format(tal);
    }

    /** An amount in kronor: whole kronor without decimals ("1 250 000"), otherwise with öre ("980 000,50"). */
    public static String kronor(@Nullable BigDecimal belopp) {
        if (belopp == null) {
            return "–";
        }
        var monster = belopp.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00";
        return new DecimalFormat(monster, DecimalFormatSymbols.getInstance(Locale.of("sv", "SE"))).format(belopp);
    }
}
