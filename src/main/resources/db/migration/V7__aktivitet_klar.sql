-- When a tidplan activity was reported done (its task completed), so the timeline knows which activity is
-- done without matching names; and the unit timeline's lookup of a unit's open uppdrag.

ALTER TABLE uppdrag_aktivitet ADD COLUMN klar ${datetime};
CREATE INDEX ix_uppdrag_enhet_status ON uppdrag (enhet, status);
