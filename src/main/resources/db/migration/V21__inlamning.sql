-- One row per form submission that changed something (issue 15, see drift/Inlamningar): the key the form made once,
-- written in the same transaction as the change, so that the key is here exactly when the change was committed. The
-- same submission sent again (its reply never came, the user clicked once more) finds its row and is not applied a
-- second time; two at the same moment meet at the primary key, and the one that loses waits for the other and applies
-- nothing. slag names the action, vem the user, utfall what the action produced when its caller needs it back (an id).
-- Rows older than a few days are removed by a nightly job: no form lives that long.
CREATE TABLE inlamning (
    nyckel  VARCHAR(36) NOT NULL PRIMARY KEY,
    slag    VARCHAR(100) NOT NULL,
    vem     VARCHAR(255) NOT NULL,
    tid     ${datetime} NOT NULL,
    utfall  VARCHAR(255)
) ${tableOptions};
CREATE INDEX ix_inlamning_tid ON inlamning (tid);
