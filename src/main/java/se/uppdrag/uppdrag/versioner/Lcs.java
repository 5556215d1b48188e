package se.uppdrag.uppdrag.versioner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Longest common subsequence, the diff under the version comparison (paragraphs, list items, words). Common
 * ends are matched first; what is left is compared cell by cell unless that would be too big, when it is
 * simply all changed.
 */
final class Lcs {

    static final long MAX_CELLER = 4_000_000;

    private Lcs() {
    }

    /** Index pairs {@code {i, j}} with {@code a[i]} matching {@code b[j]}, in increasing order of both. */
    static <T> List<int[]> par(List<T> a, List<T> b, BiPredicate<T, T> lika) {
        int fore = 0;
        while (fore < a.size() && fore < b.size() && lika.test(a.get(fore), b.get(fore))) {
            fore++;
        }
        int efter = 0;
        while (efter < a.size() - fore && efter < b.size() - fore
                && lika.test(a.get(a.size() - 1 - efter), b.get(b.size() - 1 - efter))) {
            efter++;
        }
        var par = new ArrayList<int[]>();
        for (int k = 0; k < fore; k++) {
            par.add(new int[] {k, k});
        }
        par.addAll(mitten(a.subList(fore, a.size() - efter), b.subList(fore, b.size() - efter), lika, fore));
        for (int k = efter; k > 0; k--) {
            par.add(new int[] {a.size() - k, b.size() - k});
        }
        return par;
    }

    private static <T> List<int[]> mitten(List<T> a, List<T> b, BiPredicate<T, T> lika, int forskjutning) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0 || (long) n * m > MAX_CELLER) {
            return List.of();
        }
        var langd = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                langd[i][j] = lika.test(a.get(i), b.get(j)) ? langd[i + 1][j + 1] + 1 : Math.max(langd[i + 1][j], langd[i][j + 1]);
            }
        }
        var par = new ArrayList<int[]>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (lika.test(a.get(i), b.get(j))) {
                par.add(new int[] {i + forskjutning, j + forskjutning});
                i++;
                j++;
            } else if (langd[i + 1][j] >= langd[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return par;
    }
}
