-- The key the editor gives a new draft once per form (issue 15): a first "Spara utkast" sent again, because its reply
-- never came, finds the draft it already made instead of making a second. Null for uppdrag made without one
-- (brought in from the old diarium, made before this column); a unique index allows many nulls in H2 and MariaDB.
ALTER TABLE uppdrag ADD COLUMN sparnyckel VARCHAR(36);
CREATE UNIQUE INDEX uq_uppdrag_sparnyckel ON uppdrag (sparnyckel);
