-- Issue 14, item 5: a status report may say the uppdrag's money, in kronor: the prognosis for the whole uppdrag and the
-- outcome so far (each optional). The budget is the uppdrag's financing amount.
ALTER TABLE uppdrag_statusrapport ADD COLUMN prognos_kr DECIMAL(19, 2);
ALTER TABLE uppdrag_statusrapport ADD COLUMN utfall_kr DECIMAL(19, 2);
