-- Issue 14, item 7: the uppdragsgivare may move the date an uppdrag reports back by, with a reason. The step records
-- the new date, so that a follow-up report for an earlier period still uses the date as it stood then.
ALTER TABLE uppdrag_handelse ADD COLUMN datum DATE;
