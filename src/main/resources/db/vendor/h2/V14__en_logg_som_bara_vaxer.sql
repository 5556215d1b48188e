-- The uppdrag's history is an append-only record (docs/decisions/0012): whom the actor acted for (på uppdrag av),
-- indexes for the administrator's Händelselogg, and a trigger that refuses every UPDATE and DELETE of a row.
-- The same version for MariaDB is db/vendor/mariadb/V14__en_logg_som_bara_vaxer.sql.

ALTER TABLE uppdrag_handelse ADD COLUMN for_person_id BIGINT;
ALTER TABLE uppdrag_remissvar ADD COLUMN for_person_id BIGINT;
CREATE INDEX ix_handelse_tidpunkt ON uppdrag_handelse (tidpunkt);
CREATE INDEX ix_handelse_person ON uppdrag_handelse (person_id, tidpunkt);
CREATE INDEX ix_handelse_for_person ON uppdrag_handelse (for_person_id, tidpunkt);

CREATE TRIGGER uppdrag_handelse_andras_inte BEFORE UPDATE, DELETE ON uppdrag_handelse FOR EACH ROW
    CALL 'se.uppdrag.uppdrag.internal.EndastTillagg';
