package se.uppdrag.personer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Works out, without touching the database, what a directory file would do: each line keyed by its employee id is a
 * new person, a change (which fields), no change, or refused with the reason. A column missing from the header
 * leaves that field as it is; a column present but empty clears it. See docs/katalogimport.md.
 */
final class Katalogimport {

    private Katalogimport() {
    }

    /**
     * @param enheterPerKod every unit of the tree by its code
     * @param befintliga the people the file's employee ids already belong to, by employee id in lower case
     */
    static Forhandsgranskning granska(KatalogCsv.Fil fil, Map<String, Enhet> enheterPerKod, Map<String, Person> befintliga) {
        var kolumner = new HashMap<String, Integer>();
        for (int i = 0; i < fil.rubriker().size(); i++) {
            kolumner.putIfAbsent(fil.rubriker().get(i), i);
        }
        if (!kolumner.containsKey("anstallningsid")) {
            throw new KatalogFelException("fil", "katalog.fel.fil.id-kolumn");
        }
        if (!kolumner.containsKey("namn") && !(kolumner.containsKey("fornamn") && kolumner.containsKey("efternamn"))) {
            throw new KatalogFelException("fil", "katalog.fel.fil.namnkolumner");
        }
        var sedda = new HashMap<String, Integer>();
        var rader = new ArrayList<Importrad>();
        for (var rad : fil.rader()) {
            rader.add(granska(new Celler(kolumner, fil.rubriker().size(), rad), enheterPerKod, befintliga, sedda));
        }
        return new Forhandsgranskning(rader);
    }

    private static Importrad granska(Celler c, Map<String, Enhet> enheterPerKod, Map<String, Person> befintliga,
            Map<String, Integer> sedda) {
        var id = c.cell("anstallningsid");
        var namn = c.har("namn") && !c.cell("namn").isEmpty() ? c.cell("namn") : (c.cell("fornamn") + " " + c.cell("efternamn")).strip();
        if (c.rad.falt().size() != c.antalRubriker) {
            return Importrad.avvisad(c.rad.nummer(), id, namn, new Katalogtext("katalog.fel.rad.falt",
                    c.rad.falt().size(), c.antalRubriker));
        }
        if (id.isEmpty()) {
            return Importrad.avvisad(c.rad.nummer(), null, namn, new Katalogtext("katalog.fel.rad.id-saknas"));
        }
        var forsta = sedda.putIfAbsent(id.toLowerCase(Locale.ROOT), c.rad.nummer());
        if (forsta != null) {
            return Importrad.avvisad(c.rad.nummer(), id, namn, new Katalogtext("katalog.fel.rad.dubblett", id, forsta));
        }
        if (namn.isEmpty()) {
            return Importrad.avvisad(c.rad.nummer(), id, namn, new Katalogtext("katalog.fel.rad.namn-saknas"));
        }
        var befintlig = befintliga.get(id.toLowerCase(Locale.ROOT));
        try {
            var uppgifter = new Personuppgifter(namn,
                    c.har("titel") ? c.cell("titel") : befintlig == null ? null : befintlig.titel(),
                    enhet(c, enheterPerKod, befintlig),
                    epost(c, befintlig),
                    befintlig == null ? id : Objects.requireNonNullElse(befintlig.anstallningsId(), id),
                    datum(c, "aktiv_fran", befintlig == null ? null : befintlig.aktivFran()),
                    datum(c, "aktiv_till", befintlig == null ? null : befintlig.aktivTill()));
            if (befintlig == null) {
                return new Importrad(c.rad.nummer(), id, uppgifter.namn(), Importstatus.NY, List.of(), null, uppgifter, null);
            }
            var andringar = andringar(befintlig, uppgifter);
            return new Importrad(c.rad.nummer(), id, uppgifter.namn(), andringar.isEmpty() ? Importstatus.OFORANDRAD : Importstatus.ANDRAD,
                    andringar, null, uppgifter, befintlig.id());
        } catch (IllegalArgumentException fel) {
            return Importrad.avvisad(c.rad.nummer(), id, namn, Katalogtext.av(fel));
        }
    }

    private static List<String> andringar(Person fore, Personuppgifter efter) {
        var andrat = new ArrayList<String>();
        lagg(andrat, "namn", fore.namn(), efter.namn());
        lagg(andrat, "titel", fore.titel(), efter.titel());
        lagg(andrat, "enhet", fore.enhetId(), efter.enhet());
        lagg(andrat, "e-post", fore.epost(), efter.epost());
        lagg(andrat, "aktiv från", fore.aktivFran(), efter.aktivFran());
        lagg(andrat, "aktiv till", fore.aktivTill(), efter.aktivTill());
        return andrat;
    }

    private static void lagg(List<String> andrat, String falt, @Nullable Object fore, @Nullable Object efter) {
        if (!Objects.equals(fore, efter)) {
            andrat.add(falt);
        }
    }

    private static @Nullable EnhetId enhet(Celler c, Map<String, Enhet> enheterPerKod, @Nullable Person befintlig) {
        var nuvarande = befintlig == null ? null : befintlig.enhetId();
        if (!c.har("enhetskod")) {
            return nuvarande;
        }
        var kod = c.cell("enhetskod").toUpperCase(Locale.ROOT);
        if (kod.isEmpty()) {
            return null;
        }
        var enhet = enheterPerKod.get(kod);
        if (enhet == null) {
            throw new KatalogFelException("enhet", "katalog.fel.okand-enhetskod", kod);
        }
        if (!enhet.aktiv() && !enhet.id().equals(nuvarande)) {
            throw new KatalogFelException("enhet", "katalog.fel.enhet-inaktiv", enhet.visning());
        }
        return enhet.id();
    }

    private static @Nullable EmailAddress epost(Celler c, @Nullable Person befintlig) {
        if (!c.har("epost")) {
            return befintlig == null ? null : befintlig.epost();
        }
        var text = c.cell("epost");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new EmailAddress(text);
        } catch (IllegalArgumentException ogiltig) {
            throw new KatalogFelException("epost", "katalog.fel.epost", text);
        }
    }

    private static @Nullable LocalDate datum(Celler c, String kolumn, @Nullable LocalDate nuvarande) {
        if (!c.har(kolumn)) {
            return nuvarande;
        }
        var text = c.cell(kolumn);
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException ogiltigt) {
            throw new KatalogFelException(kolumn, "katalog.fel.datum", kolumn, text);
        }
    }

    /** One line's cells by column name. */
    private record Celler(Map<String, Integer> kolumner, int antalRubriker, KatalogCsv.Rad rad) {

        boolean har(String kolumn) {
            return kolumner.containsKey(kolumn);
        }

        String cell(String kolumn) {
            var index = kolumner.get(kolumn);
            return index == null || index >= rad.falt().size() ? "" : rad.falt().get(index);
        }
    }
}
