package se.uppdrag.uppdrag.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * H2's trigger on the history (uppdrag_handelse, migration V14): a row is never updated or deleted, whoever asks. On
 * MariaDB the same is a trigger that signals SQLSTATE 45000; see docs/decisions/0012-an-append-only-record.md.
 */
public class EndastTillagg implements Trigger {

    @Override
    public void fire(Connection conn, Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
        throw new SQLException("uppdrag_handelse is append-only: a row is never " + (newRow == null ? "deleted" : "updated"),
                "45000");
    }
}
