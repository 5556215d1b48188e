package se.uppdrag.personer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class KatalogimportServiceTest extends KatalogTestBase {

    @Autowired
    KatalogimportService importer;

    private byte[] fil(Enhet enhet) {
        return ("anstallningsid;fornamn;efternamn;titel;enhetskod;epost;aktiv_fran;aktiv_till\n"
                + "A1-" + suffix + ";Anna;Ek " + suffix + ";controller;" + enhet.kod() + ";anna." + suffix + "@regionexempel.se;2024-01-01;\n"
                + "A2-" + suffix + ";Bo;Lind " + suffix + ";strateg;" + enhet.kod() + ";;;\n"
                + "A3-" + suffix + ";Cia;Fel " + suffix + ";;OKAND-" + suffix + ";;;\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_import_applies_new_and_changed_people_and_importing_the_same_file_again_changes_nothing() {
        var enhet = enhet("Avdelning import", "IMP", Enhetstyp.FORVALTNING, region());
        var bo = katalog.skapa(new Personuppgifter("Bo Lind " + suffix, "praktikant", null, null, "A2-" + suffix, null, null));
        var fil = fil(enhet);
        var forsta = importer.forhandsgranska(fil);
        assertThat(forsta.rader()).extracting(Importrad::status)
                .containsExactly(Importstatus.NY, Importstatus.ANDRAD, Importstatus.AVVISAD);
        assertThat(forsta.rader().get(1).andringar()).containsExactly("titel", "enhet");
        importer.importera(fil, forsta);

        assertThat(katalog.hamta(bo.id()).titel()).isEqualTo("strateg");
        assertThat(katalog.hamta(bo.id()).enhet()).isEqualTo(enhet.namn());
        assertThat(katalog.lista("Anna Ek " + suffix, false, PageRequest.of(0, 5))).singleElement()
                .satisfies(anna -> assertThat(anna.anstallningsId()).isEqualTo("A1-" + suffix));
        assertThat(katalog.lista(suffix, true, PageRequest.of(0, 50))).noneMatch(p -> p.namn().startsWith("Cia"));

        var andra = importer.forhandsgranska(fil);
        assertThat(andra.rader()).extracting(Importrad::status)
                .containsExactly(Importstatus.OFORANDRAD, Importstatus.OFORANDRAD, Importstatus.AVVISAD);
        assertThat(andra.andrarNagot()).isFalse();
        importer.importera(fil, andra);
        assertThat(katalog.rakna("Ek " + suffix, true)).isEqualTo(1);
    }

    @Test
    void nothing_is_applied_when_the_directory_changed_after_the_preview() {
        var enhet = enhet("Avdelning samtidig", "SAM", Enhetstyp.FORVALTNING, region());
        var fil = fil(enhet);
        var granskning = importer.forhandsgranska(fil);
        katalog.skapa(new Personuppgifter("Bo Lind " + suffix, "praktikant", null, null, "A2-" + suffix, null, null));
        assertThatThrownBy(() -> importer.importera(fil, granskning)).isInstanceOf(KatalogFelException.class)
                .hasMessageContaining("granska filen igen");
        assertThat(katalog.rakna("Anna Ek " + suffix, true)).as("not even the lines that did not change").isZero();
    }
}
