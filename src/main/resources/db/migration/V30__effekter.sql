-- Issue 14, item 4: effects (effekthemtagning) in words with their own unit ("1,0 årsarbetare", "500–1 000 timmar"):
-- the effect an uppdrag is expected to give, with its financing, and the effect realised so far, in a status report.
ALTER TABLE uppdrag ADD COLUMN beraknad_effekt VARCHAR(300);
ALTER TABLE uppdrag_statusrapport ADD COLUMN realiserad_effekt VARCHAR(300);
