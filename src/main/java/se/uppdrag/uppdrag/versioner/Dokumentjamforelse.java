package se.uppdrag.uppdrag.versioner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.uppdrag.dokument.Dokument;
import se.uppdrag.uppdrag.versioner.Jamforelse.Andring;
import se.uppdrag.uppdrag.versioner.Jamforelse.Avsnitt;
import se.uppdrag.uppdrag.versioner.Jamforelse.Skillnad;
import se.uppdrag.uppdrag.versioner.Jamforelse.Textbit;

/**
 * Compares two texts of an uppdragshandling as the paper document reads them ({@link Dokumentmall}), section by
 * section. Paragraphs are matched in order and a changed one is shown word by word; list items (bullets, members,
 * recipients) and table rows (activities, matched by their first column) are matched item by item. An item that
 * is not found again but resembles one that is new counts as changed rather than removed and added.
 */
final class Dokumentjamforelse {

    /** How alike (0–1, see {@link Ordskillnad#likhet}) an unmatched list item must be to count as changed. */
    static final double LIKHET_PUNKT = 0.5;
    static final double LIKHET_STYCKE = 0.4;

    private Dokumentjamforelse() {
    }

    static Jamforelse jamfor(Dokument fore, Dokument efter) {
        var avsnitt = new ArrayList<Avsnitt>();
        avsnitt.add(avsnitt(null, Delar.avHuvud(fore.huvud()), Delar.avHuvud(efter.huvud())));
        var a = fore.sektioner();
        var b = efter.sektioner();
        int i = 0;
        int j = 0;
        for (var par : Lcs.par(a, b, (x, y) -> x.rubrik().equals(y.rubrik()))) {
            while (i < par[0]) {
                avsnitt.add(helt(a.get(i++), Skillnad.BORTTAGET));
            }
            while (j < par[1]) {
                avsnitt.add(helt(b.get(j++), Skillnad.TILLAGT));
            }
            avsnitt.add(avsnitt(b.get(j).rubrik(), Delar.av(a.get(i++)), Delar.av(b.get(j++))));
        }
        while (i < a.size()) {
            avsnitt.add(helt(a.get(i++), Skillnad.BORTTAGET));
        }
        while (j < b.size()) {
            avsnitt.add(helt(b.get(j++), Skillnad.TILLAGT));
        }
        return new Jamforelse(avsnitt);
    }

    private static Avsnitt avsnitt(@Nullable String rubrik, Delar fore, Delar efter) {
        var andringar = new ArrayList<Placerad>();
        jamforPoster(fore.stycken(), efter.stycken(), null, LIKHET_STYCKE, true, andringar);
        for (int k = 0; k < Math.max(fore.listor().size(), efter.listor().size()); k++) {
            var a = k < fore.listor().size() ? fore.listor().get(k) : null;
            var b = k < efter.listor().size() ? efter.listor().get(k) : null;
            var namn = b != null ? b.namn() : Objects.requireNonNull(a).namn();
            jamforPoster(a == null ? List.of() : a.poster(), b == null ? List.of() : b.poster(), namn, LIKHET_PUNKT, false, andringar);
        }
        andringar.sort(Comparator.comparingInt(Placerad::plats));
        var lista = andringar.stream().map(Placerad::andring).toList();
        return new Avsnitt(rubrik, lista.isEmpty() ? Skillnad.OFORANDRAT : Skillnad.ANDRAT, lista);
    }

    private static Avsnitt helt(Dokument.Sektion sektion, Skillnad skillnad) {
        var delar = Delar.av(sektion);
        var andringar = new ArrayList<Placerad>();
        delar.stycken().forEach(p -> andringar.add(ensam(p, null, skillnad)));
        delar.listor().forEach(l -> l.poster().forEach(p -> andringar.add(ensam(p, l.namn(), skillnad))));
        andringar.sort(Comparator.comparingInt(Placerad::plats));
        return new Avsnitt(sektion.rubrik(), skillnad, andringar.stream().map(Placerad::andring).toList());
    }

    /**
     * Items matched by key in order; a matched item whose text differs is changed. Between matches, what is left
     * on both sides is paired by likeness (one against one always, for paragraphs) or else removed and added.
     */
    private static void jamforPoster(List<Delar.Post> fore, List<Delar.Post> efter, @Nullable String del, double troskel,
            boolean ettMotEtt, List<Placerad> ut) {
        int i = 0;
        int j = 0;
        var par = new ArrayList<>(Lcs.par(fore, efter, (x, y) -> x.nyckel().equals(y.nyckel())));
        par.add(new int[] {fore.size(), efter.size()});
        for (var p : par) {
            parvis(fore.subList(i, p[0]), efter.subList(j, p[1]), del, troskel, ettMotEtt, ut);
            if (p[0] < fore.size()) {
                var a = fore.get(p[0]);
                var b = efter.get(p[1]);
                if (!a.text().equals(b.text())) {
                    ut.add(new Placerad(b.plats(), new Andring(Skillnad.ANDRAT, del, Ordskillnad.skillnad(a.text(), b.text()))));
                }
            }
            i = p[0] + 1;
            j = p[1] + 1;
        }
    }

    private static void parvis(List<Delar.Post> borta, List<Delar.Post> nya, @Nullable String del, double troskel,
            boolean ettMotEtt, List<Placerad> ut) {
        var parad = new Delar.Post[nya.size()];
        var anvanda = new boolean[borta.size()];
        if (ettMotEtt && borta.size() == 1 && nya.size() == 1) {
            parad[0] = borta.getFirst();
            anvanda[0] = true;
        } else {
            for (int j = 0; j < nya.size(); j++) {
                int basta = -1;
                double bastaLikhet = troskel;
                for (int i = 0; i < borta.size(); i++) {
                    var likhet = anvanda[i] ? -1 : Ordskillnad.likhet(borta.get(i).text(), nya.get(j).text());
                    if (likhet >= bastaLikhet) {
                        basta = i;
                        bastaLikhet = likhet;
                    }
                }
                if (basta >= 0) {
                    parad[j] = borta.get(basta);
                    anvanda[basta] = true;
                }
            }
        }
        for (int i = 0; i < borta.size(); i++) {
            if (!anvanda[i]) {
                ut.add(ensam(borta.get(i), del, Skillnad.BORTTAGET));
            }
        }
        for (int j = 0; j < nya.size(); j++) {
            ut.add(parad[j] == null ? ensam(nya.get(j), del, Skillnad.TILLAGT)
                    : new Placerad(nya.get(j).plats(), new Andring(Skillnad.ANDRAT, del, Ordskillnad.skillnad(parad[j].text(), nya.get(j).text()))));
        }
    }

    private static Placerad ensam(Delar.Post post, @Nullable String del, Skillnad skillnad) {
        return new Placerad(post.plats(), new Andring(skillnad, del, List.of(new Textbit(post.text(), skillnad))));
    }

    /** A change with where it stands in its section, so that the changes read in the document's order. */
    private record Placerad(int plats, Andring andring) {
    }
}
