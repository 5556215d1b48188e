-- The uppdrag's history is an append-only record (docs/decisions/0012): whom the actor acted for (på uppdrag av),
-- indexes for the administrator's Händelselogg, and triggers that refuse every UPDATE and DELETE of a row.
-- The same version for H2 is db/vendor/h2/V14__en_logg_som_bara_vaxer.sql. Creating a trigger needs the TRIGGER
-- privilege (and, with binary logging on, SUPER or log_bin_trust_function_creators=1) for the migrating user.

ALTER TABLE uppdrag_handelse ADD COLUMN for_person_id BIGINT;
ALTER TABLE uppdrag_remissvar ADD COLUMN for_person_id BIGINT;
CREATE INDEX ix_handelse_tidpunkt ON uppdrag_handelse (tidpunkt);
CREATE INDEX ix_handelse_person ON uppdrag_handelse (person_id, tidpunkt);
CREATE INDEX ix_handelse_for_person ON uppdrag_handelse (for_person_id, tidpunkt);

CREATE TRIGGER uppdrag_handelse_andras_inte BEFORE UPDATE ON uppdrag_handelse FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'uppdrag_handelse is append-only: a row is never updated';

CREATE TRIGGER uppdrag_handelse_raderas_inte BEFORE DELETE ON uppdrag_handelse FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'uppdrag_handelse is append-only: a row is never deleted';
