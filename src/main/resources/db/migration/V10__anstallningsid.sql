-- A person's employee or HSA id, as the region's HR system or directory gives it: the key of a directory import and
-- one of the claims single sign-on may identify a person by.
ALTER TABLE person ADD COLUMN anstallnings_id VARCHAR(64);
CREATE UNIQUE INDEX uq_person_anstallnings_id ON person (anstallnings_id);
CREATE INDEX ix_person_epost ON person (epost);
