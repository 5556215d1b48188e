package se.uppdrag.uppdrag.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import se.uppdrag.Handlingar;
import se.uppdrag.IntegrationTest;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.UppdragService;

/**
 * The database itself refuses to change or delete a row of the uppdrag's history, whoever asks and however (plain
 * SQL, past the application): on H2 and, with -Pmariadb, on MariaDB.
 */
@IntegrationTest
class EnLoggSomBaraVaxerTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UppdragService uppdrag;
    @Autowired
    ApplicationContext beans;

    TestFolk folk;
    long rad;

    @BeforeEach
    void ettUppdragMedHistorik() {
        folk = TestFolk.nytt(beans);
        folk.loggaIn(TestFolk.AGARE);
        var id = uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Ett uppdrag med historik")).id();
        rad = jdbc.queryForObject("select min(id) from uppdrag_handelse where uppdrag_id = ?", Long.class, id.value());
    }

    @AfterEach
    void ut() {
        TestFolk.loggaUt();
    }

    private String typ() {
        return jdbc.queryForObject("select typ from uppdrag_handelse where id = ?", String.class, rad);
    }

    @Test
    void an_update_of_a_history_row_is_refused_by_the_database_and_the_row_stays_as_written() {
        assertThatThrownBy(() -> jdbc.update("update uppdrag_handelse set typ = 'STRUKET', kommentar = 'ändrat' where id = ?", rad))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(typ()).isEqualTo("SKAPAT");
    }

    @Test
    void a_delete_of_a_history_row_is_refused_by_the_database_and_the_row_is_still_there() {
        assertThatThrownBy(() -> jdbc.update("delete from uppdrag_handelse where id = ?", rad))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("select count(*) from uppdrag_handelse where id = ?", Integer.class, rad)).isEqualTo(1);
    }

    @Test
    void a_new_row_may_still_be_added() {
        var fore = jdbc.queryForObject("select count(*) from uppdrag_handelse", Long.class);
        folk.loggaIn(TestFolk.AGARE);
        uppdrag.skapa(Handlingar.enkel(uppdrag.nyttUtkast(), "Ännu ett uppdrag"));

        assertThat(jdbc.queryForObject("select count(*) from uppdrag_handelse", Long.class)).isEqualTo(fore + 1);
    }
}
