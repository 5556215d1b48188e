package se.uppdrag.personer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import preview as a pure function of the file, the tree and the people the file's ids already belong to. */
class KatalogimportTest {

    private static final String RUBRIK = "anstallningsid;fornamn;efternamn;titel;enhetskod;epost;aktiv_fran;aktiv_till\n";
    private static final Enhet IT = new Enhet(new EnhetId(7), "Regionservice IT", new Enhetskod("RS-IT"), Enhetstyp.AVDELNING,
            new EnhetId(6), true);
    private static final Enhet GAMMAL = new Enhet(new EnhetId(8), "Nedlagd enhet", new Enhetskod("GML"), Enhetstyp.ENHET,
            new EnhetId(6), false);
    private static final Person ANNA = new Person(new PersonId(1), "Anna Ek", "controller", "Regionservice IT",
            EmailAddress.of("anna.ek@regionexempel.se"), IT.id(), "E100", LocalDate.of(2020, 1, 1), null, false);

    private static Forhandsgranskning granska(String text) {
        return Katalogimport.granska(KatalogCsv.las(text.getBytes(StandardCharsets.UTF_8)),
                Map.of("RS-IT", IT, "GML", GAMMAL), Map.of("e100", ANNA));
    }

    @Test
    void a_line_with_an_unknown_id_is_a_new_person_and_one_with_a_known_id_is_changed_or_unchanged() {
        var granskning = granska("\uFEFF" + RUBRIK
                + "E100;Anna;Ek;controller;RS-IT;anna.ek@regionexempel.se;2020-01-01;\r\n"
                + "E101;Bo;Lind;strateg;rs-it;bo.lind@regionexempel.se;;\r\n");
        assertThat(granskning.rader()).extracting(Importrad::rad, Importrad::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Importstatus.OFORANDRAD), org.assertj.core.groups.Tuple.tuple(3, Importstatus.NY));
        assertThat(granskning.rader().get(1).uppgifter().enhet()).isEqualTo(IT.id());
        assertThat(granskning.andrarNagot()).isTrue();
    }

    @Test
    void a_changed_line_names_the_fields_that_change() {
        var rad = granska(RUBRIK + "E100;Anna;Ek-Berg;controller;;anna.ek@regionexempel.se;2020-01-01;2026-12-31\n").rader().getFirst();
        assertThat(rad.status()).isEqualTo(Importstatus.ANDRAD);
        assertThat(rad.andringar()).containsExactly("namn", "enhet", "aktiv till");
        assertThat(rad.befintlig()).isEqualTo(ANNA.id());
    }

    @Test
    void a_column_missing_from_the_file_leaves_the_field_as_it_is() {
        var rad = Katalogimport.granska(KatalogCsv.las("anstallningsid;fornamn;efternamn\nE100;Anna;Ek\n".getBytes(StandardCharsets.UTF_8)),
                Map.of(), Map.of("e100", ANNA)).rader().getFirst();
        assertThat(rad.status()).isEqualTo(Importstatus.OFORANDRAD);
    }

    @Test
    void refused_lines_say_why_with_their_line_number() {
        var granskning = granska(RUBRIK
                + ";Utan;Id;;;;;\n"
                + "E200;;;;;;;\n"
                + "E201;Cia;Fel;;;inte-en-adress;;\n"
                + "E202;Dan;Okand;;XYZ;;;\n"
                + "E203;Eva;Datum;;;;2024-13-01;\n"
                + "E204;Fia;Forst;;;;;\n"
                + "e204;Fia;Igen;;;;;\n"
                + "E205;Gun;Nedlagd;;GML;;;\n"
                + "E206;Hans;Bakvand;;;;2025-02-01;2025-01-01\n"
                + "E207;Ivar;Kort\n");
        assertThat(granskning.rader()).filteredOn(r -> r.status() == Importstatus.AVVISAD).extracting(Importrad::rad, Importrad::orsak)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Anställnings-id saknas: det är nyckeln för importen"),
                        org.assertj.core.groups.Tuple.tuple(3, "Förnamn och efternamn saknas"),
                        org.assertj.core.groups.Tuple.tuple(4, "Ogiltig e-postadress \"inte-en-adress\""),
                        org.assertj.core.groups.Tuple.tuple(5, "Okänd enhetskod XYZ: lägg till enheten i organisationen först"),
                        org.assertj.core.groups.Tuple.tuple(6, "Ogiltigt datum i aktiv_fran: \"2024-13-01\" (skriv ÅÅÅÅ-MM-DD)"),
                        org.assertj.core.groups.Tuple.tuple(8, "Anställnings-id e204 finns redan på rad 7"),
                        org.assertj.core.groups.Tuple.tuple(9, "Enheten Nedlagd enhet (GML) är inaktiverad"),
                        org.assertj.core.groups.Tuple.tuple(10, "Aktiv till kan inte ligga före aktiv från"),
                        org.assertj.core.groups.Tuple.tuple(11, "Raden har 3 fält men rubrikraden har 8; kontrollera semikolonen"));
        assertThat(granskning.antal(Importstatus.NY)).isEqualTo(1);
    }

    @Test
    void quoted_fields_may_hold_semicolons() {
        var rad = granska(RUBRIK + "E300;\"Jan\";\"Ny\";\"chef; tillförordnad\";;;;\n").rader().getFirst();
        assertThat(rad.uppgifter().titel()).isEqualTo("chef; tillförordnad");
    }

    @Test
    void what_is_no_directory_file_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> KatalogCsv.las(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})).isInstanceOf(KatalogFelException.class)
                .hasMessageContaining("ingen CSV-fil");
        assertThatThrownBy(() -> KatalogCsv.las("anstallningsid;namn\nE1;Åsa".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> KatalogCsv.las(new byte[0])).hasMessage("Filen är tom");
        assertThatThrownBy(() -> granska("fornamn;efternamn\nAnna;Ek\n")).hasMessageContaining("anstallningsid");
        assertThatThrownBy(() -> KatalogCsv.las(new byte[KatalogCsv.MAX_BYTE + 1])).hasMessageContaining("5 MB");
    }
}
