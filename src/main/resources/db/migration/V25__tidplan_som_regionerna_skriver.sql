-- Tidplan as regions write it (issue 14, item 3): a period's form (DATUM, MANAD, KVARTAL, AR, UNDER_AR) in place of
-- the old yes/no for months, which it is copied from (true: MANAD, false: DATUM); who is responsible for an activity
-- as a unit or role ("CIFU") instead of a person; and who is responsible in follow-up when not the uppdragstagare.
ALTER TABLE uppdrag_aktivitet ADD COLUMN periodform VARCHAR(10) DEFAULT 'DATUM' NOT NULL;
UPDATE uppdrag_aktivitet SET periodform = 'MANAD' WHERE manadsperiod = TRUE;
ALTER TABLE uppdrag_aktivitet DROP COLUMN manadsperiod;
ALTER TABLE uppdrag_aktivitet ADD COLUMN ansvarig_text VARCHAR(300);
ALTER TABLE uppdrag ADD COLUMN ansvarig_i_uppfoljning VARCHAR(300);
