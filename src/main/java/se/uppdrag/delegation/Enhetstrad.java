package se.uppdrag.delegation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.EnhetId;

/**
 * The organisation as the delegationsordning reads it. The uppdragshandling names its unit in free text; it is found by
 * name, code or "Namn (KOD)", ignoring case. A rule for a unit covers that unit and every unit under it. When the text
 * names several units (two with the same name), a rule must cover each of them; when it names none (or nothing), the
 * uppdrag is the organisation's as a whole, and only a rule for the root of the tree (the region) covers it.
 */
final class Enhetstrad {

    private final Map<EnhetId, Enhet> enheter;

    Enhetstrad(Collection<Enhet> enheter) {
        this.enheter = enheter.stream().collect(Collectors.toMap(Enhet::id, Function.identity()));
    }

    /** The units the header's text names, or the roots when it names none. */
    List<Enhet> uppdragetsEnheter(@Nullable String text) {
        var traffar = text == null ? List.<Enhet>of() : enheter.values().stream().filter(e -> namner(text, e)).toList();
        return traffar.isEmpty() ? enheter.values().stream().filter(e -> e.overordnad() == null).toList() : traffar;
    }

    /** Whether a rule for {@code regelnsEnhet} covers an uppdrag whose header names {@code text}. */
    boolean tacker(EnhetId regelnsEnhet, @Nullable String text) {
        var uppdragets = uppdragetsEnheter(text);
        return !uppdragets.isEmpty() && uppdragets.stream().allMatch(e -> underEllerSamma(e.id(), regelnsEnhet));
    }

    /** Whether the unit is {@code overst} or lies somewhere under it. */
    boolean underEllerSamma(EnhetId enhet, EnhetId overst) {
        var steg = enheter.get(enhet);
        for (int djup = 0; steg != null && djup <= enheter.size(); djup++) {
            if (steg.id().equals(overst)) {
                return true;
            }
            steg = steg.overordnad() == null ? null : enheter.get(steg.overordnad());
        }
        return false;
    }

    private static boolean namner(String text, Enhet enhet) {
        var t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals(enhet.namn().strip().toLowerCase(Locale.ROOT)) || t.equals(enhet.kod().value().toLowerCase(Locale.ROOT))
                || t.equals(enhet.visning().toLowerCase(Locale.ROOT));
    }
}
