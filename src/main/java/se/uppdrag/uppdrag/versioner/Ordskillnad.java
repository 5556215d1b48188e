package se.uppdrag.uppdrag.versioner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.uppdrag.uppdrag.versioner.Jamforelse.Skillnad;
import se.uppdrag.uppdrag.versioner.Jamforelse.Textbit;

/** Word by word: what of a text was kept, removed and added, and how alike two texts are. */
final class Ordskillnad {

    /** A word or a single punctuation mark, with the white space before it. */
    private static final Pattern ORD = Pattern.compile("\\s*(?:[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}])");

    private Ordskillnad() {
    }

    static List<String> ord(String text) {
        var ord = new ArrayList<String>();
        var matcher = ORD.matcher(text);
        while (matcher.find()) {
            ord.add(matcher.group());
        }
        return ord;
    }

    /** The later text in pieces: kept words, words only in the earlier (removed) and only in the later (added). */
    static List<Textbit> skillnad(String fore, String efter) {
        var a = ord(fore);
        var b = ord(efter);
        var bitar = new ArrayList<Textbit>();
        int i = 0;
        int j = 0;
        for (var par : Lcs.par(a, b, Ordskillnad::lika)) {
            while (i < par[0]) {
                lagg(bitar, a.get(i++), Skillnad.BORTTAGET);
            }
            while (j < par[1]) {
                lagg(bitar, b.get(j++), Skillnad.TILLAGT);
            }
            lagg(bitar, b.get(j++), Skillnad.OFORANDRAT);
            i++;
        }
        while (i < a.size()) {
            lagg(bitar, a.get(i++), Skillnad.BORTTAGET);
        }
        while (j < b.size()) {
            lagg(bitar, b.get(j++), Skillnad.TILLAGT);
        }
        return bitar;
    }

    /** 1 for the same words, 0 for none in common: twice the common words over all words (Dice). */
    static double likhet(String fore, String efter) {
        var a = ord(fore);
        var b = ord(efter);
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        return 2.0 * Lcs.par(a, b, Ordskillnad::lika).size() / (a.size() + b.size());
    }

    private static boolean lika(String a, String b) {
        return a.strip().equals(b.strip());
    }

    private static void lagg(List<Textbit> bitar, String text, Skillnad skillnad) {
        if (!bitar.isEmpty() && bitar.getLast().skillnad() == skillnad) {
            bitar.set(bitar.size() - 1, new Textbit(bitar.getLast().text() + text, skillnad));
        } else {
            bitar.add(new Textbit(bitar.isEmpty() ? text.stripLeading() : text, skillnad));
        }
    }
}
