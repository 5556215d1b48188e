-- Sekretess: an uppdrag may be marked as holding information under sekretess (offentlighets- och sekretesslagen),
-- with the provision ("21 kap. 7 § OSL") and the reason. Null columns: not marked. What the marking hides, and from
-- whom, is decided in the services (UppdragAtkomst); the marking's changes are in the uppdrag's history.
ALTER TABLE uppdrag ADD sekretess_osl VARCHAR(40);
ALTER TABLE uppdrag ADD sekretess_skal VARCHAR(1000);
