package se.uppdrag.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import se.uppdrag.diarium.Diarienummer;
import se.uppdrag.reporting.Uppfoljningsrapport.Placering;
import se.uppdrag.uppdrag.UppdragId;

/**
 * The report's money, in kronor: per uppdrag its budget (the financing amount), the prognosis and outcome of its latest
 * status report that gave them, and the avvikelse (budget minus prognosis), then the same summed per plan and målområde,
 * per unit and per uppdragsgivare (an uppdrag of several uppdragsgivare counts for each), and in all.
 */
public record Ekonomisammanstallning(List<Post> poster, List<Gruppsumma> perMalomrade, List<Summa> perEnhet,
        List<Summa> perUppdragsgivare, Summa totalt) {

    public static final Ekonomisammanstallning TOM = new Ekonomisammanstallning(List.of(), List.of(), List.of(), List.of(),
            new Summa(null, null, null, null, null));

    public Ekonomisammanstallning {
        poster = List.copyOf(poster);
        perMalomrade = List.copyOf(perMalomrade);
        perEnhet = List.copyOf(perEnhet);
        perUppdragsgivare = List.copyOf(perUppdragsgivare);
    }

    public boolean arTom() {
        return poster.isEmpty();
    }

    /** One uppdrag's money; {@code enhet} and {@code uppdragsgivare} only for the sums. */
    public record Post(UppdragId id, @Nullable Diarienummer diarienummer, String titel, Placering placering,
            @Nullable String enhet, List<String> uppdragsgivare, @Nullable BigDecimal budget, @Nullable BigDecimal prognos,
            @Nullable BigDecimal utfall) {

        public Post {
            uppdragsgivare = List.copyOf(uppdragsgivare);
        }

        /** Budget minus prognosis, when both are known: below zero it is expected to cost more than its budget. */
        public @Nullable BigDecimal avvikelse() {
            return budget == null || prognos == null ? null : budget.subtract(prognos);
        }
    }

    /** A sum over uppdrag, of a unit or uppdragsgivare ({@code namn}; null for uppdrag without a unit, and the total). */
    public record Summa(@Nullable String namn, @Nullable BigDecimal budget, @Nullable BigDecimal prognos, @Nullable BigDecimal utfall,
            @Nullable BigDecimal avvikelse) {
    }

    /** The sum of a plan's målområde (or of the uppdrag outside the plans). */
    public record Gruppsumma(Placering grupp, Summa summa) {
    }

    /** Sums the posts (those with no figure at all are left out), grouped in the order the posts come. */
    static Ekonomisammanstallning av(List<Post> alla) {
        var poster = alla.stream().filter(p -> p.budget() != null || p.prognos() != null || p.utfall() != null).toList();
        if (poster.isEmpty()) {
            return TOM;
        }
        var perMalomrade = new LinkedHashMap<Placering, List<Post>>();
        var perEnhet = new LinkedHashMap<String, List<Post>>();
        var perGivare = new LinkedHashMap<String, List<Post>>();
        for (var p : poster) {
            perMalomrade.computeIfAbsent(p.placering().grupp(), g -> new ArrayList<>()).add(p);
            perEnhet.computeIfAbsent(p.enhet() == null ? "" : p.enhet(), g -> new ArrayList<>()).add(p);
            p.uppdragsgivare().forEach(g -> perGivare.computeIfAbsent(g, x -> new ArrayList<>()).add(p));
        }
        return new Ekonomisammanstallning(poster,
                perMalomrade.entrySet().stream().map(g -> new Gruppsumma(g.getKey(), summa(null, g.getValue()))).toList(),
                summor(perEnhet), summor(perGivare).stream().sorted(java.util.Comparator.comparing(s -> s.namn() == null ? "" : s.namn(),
                        java.text.Collator.getInstance(java.util.Locale.of("sv", "SE"))))
                        .toList(), summa(null, poster));
    }

    private static List<Summa> summor(Map<String, List<Post>> grupper) {
        return grupper.entrySet().stream().map(g -> summa(g.getKey().isEmpty() ? null : g.getKey(), g.getValue())).toList();
    }

    private static Summa summa(@Nullable String namn, List<Post> poster) {
        return new Summa(namn, summa(poster, Post::budget), summa(poster, Post::prognos), summa(poster, Post::utfall),
                summa(poster, Post::avvikelse));
    }

    private static @Nullable BigDecimal summa(List<Post> poster, Function<Post, @Nullable BigDecimal> falt) {
        return poster.stream().map(falt).filter(java.util.Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}
