package se.uppdrag.dokument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Arabic letters take a joined form by their neighbours (isolated, final, initial, medial), which a PDF has to draw
 * as such: this picks the presentation form (U+FE80..U+FEFC) for each letter of the basic Arabic alphabet, and the
 * lam-alef ligatures. Letters it has no forms for (Persian, Urdu additions) come back as null, to be drawn as a box
 * rather than wrongly unjoined.
 */
final class Arabiska {

    /** The basic letters in Unicode order, with how many forms each has (1 hamza, 2 right-joining, 4 dual-joining). */
    private static final int[][] BOKSTAVER = {{0x621, 1}, {0x622, 2}, {0x623, 2}, {0x624, 2}, {0x625, 2}, {0x626, 4},
            {0x627, 2}, {0x628, 4}, {0x629, 2}, {0x62A, 4}, {0x62B, 4}, {0x62C, 4}, {0x62D, 4}, {0x62E, 4}, {0x62F, 2},
            {0x630, 2}, {0x631, 2}, {0x632, 2}, {0x633, 4}, {0x634, 4}, {0x635, 4}, {0x636, 4}, {0x637, 4}, {0x638, 4},
            {0x639, 4}, {0x63A, 4}, {0x641, 4}, {0x642, 4}, {0x643, 4}, {0x644, 4}, {0x645, 4}, {0x646, 4}, {0x647, 4},
            {0x648, 2}, {0x649, 2}, {0x64A, 4}};
    private static final Map<Integer, int[]> FORMER = new HashMap<>();
    private static final int TATWEEL = 0x640;
    private static final int LAM = 0x644;
    /** Lam-alef: the isolated ligature for alef with madda, hamza above, hamza below, plain; the final form follows each. */
    private static final Map<Integer, Integer> LAM_ALEF = Map.of(0x622, 0xFEF5, 0x623, 0xFEF7, 0x625, 0xFEF9, 0x627, 0xFEFB);

    static {
        var form = 0xFE80;
        for (var bokstav : BOKSTAVER) {
            FORMER.put(bokstav[0], new int[] {form, bokstav[1]});
            form += bokstav[1];
        }
    }

    private Arabiska() {
    }

    /**
     * The characters to draw for each grapheme: itself when it is not Arabic, its joined form when it is, "" for the
     * alef drawn by a lam-alef ligature before it, null for an Arabic letter without known forms.
     */
    static List<@Nullable String> former(List<String> kluster) {
        var ut = new ArrayList<@Nullable String>(kluster.size());
        for (int i = 0; i < kluster.size(); i++) {
            var k = kluster.get(i);
            var bas = k.codePointAt(0);
            var former = FORMER.get(bas);
            if (former == null) {
                ut.add(bas >= 0x620 && bas <= 0x6FF && Character.isLetter(bas) && bas != TATWEEL ? null : k);
                continue;
            }
            var tecken = k.substring(Character.charCount(bas));
            var foreFogar = i > 0 && fogarFramat(kluster.get(i - 1).codePointAt(0));
            var nasta = i + 1 < kluster.size() ? kluster.get(i + 1).codePointAt(0) : -1;
            if (bas == LAM && LAM_ALEF.containsKey(nasta)) {
                var nastaKluster = kluster.get(i + 1);
                ut.add(Character.toString(LAM_ALEF.get(nasta) + (foreFogar ? 1 : 0)) + tecken
                        + nastaKluster.substring(Character.charCount(nasta)));
                ut.add("");
                i++;
                continue;
            }
            var efterFogar = former[1] == 4 && fogarBakat(nasta);
            int val;
            if (former[1] == 1) {
                val = 0;
            } else if (former[1] == 2) {
                val = foreFogar ? 1 : 0;
            } else {
                val = foreFogar ? (efterFogar ? 3 : 1) : (efterFogar ? 2 : 0);
            }
            ut.add(Character.toString(former[0] + val) + tecken);
        }
        return ut;
    }

    /** Whether a letter joins the one after it (dual-joining letters and the tatweel). */
    private static boolean fogarFramat(int bas) {
        var former = FORMER.get(bas);
        return bas == TATWEEL || former != null && former[1] == 4;
    }

    /** Whether a letter joins the one before it (every letter with more than one form, and the tatweel). */
    private static boolean fogarBakat(int bas) {
        var former = FORMER.get(bas);
        return bas == TATWEEL || former != null && former[1] > 1;
    }
}
