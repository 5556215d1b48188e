package se.uppdrag.delegation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import se.uppdrag.text.Meddelande;
import se.uppdrag.text.Tal;

/** A rule in words, the same in the admin view, the editor and the record: unit, kind, amount limit and period. */
public final class Regeltext {

    private Regeltext() {
    }

    public static String text(Delegationsregel regel, Meddelande.Oversattning t) {
        return t.text("delegation.regeltext", regel.enhet().visning(), slag(regel.slag(), t),
                belopp(regel.beloppsgrans(), t), period(regel, t));
    }

    /** The rule as the record keeps it, in Swedish. */
    public static String svenska(Delegationsregel regel) {
        return text(regel, Meddelande::svenska);
    }

    public static String slag(@Nullable Uppdragsslag slag, Meddelande.Oversattning t) {
        return t.text(slag == null ? "delegation.slag.alla" : slag.textnyckel());
    }

    public static String belopp(@Nullable BigDecimal grans, Meddelande.Oversattning t) {
        return grans == null ? t.text("delegation.belopp.obegransat") : t.text("delegation.belopp.hogst", kronor(grans));
    }

    public static String period(Delegationsregel regel, Meddelande.Oversattning t) {
        return regel.giltigTill() == null ? t.text("delegation.period.tills-vidare", regel.giltigFran().toString())
                : t.text("delegation.period", regel.giltigFran().toString(), regel.giltigTill().toString());
    }

    /** "1 250 000" (no decimals unless it has öre). */
    public static String kronor(BigDecimal belopp) {
        return Tal.kronor(belopp).replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
