-- Every diarienummer in use, given out by the series or brought in from the old diarium, so that the series
-- skips the numbers that are taken (an imported RS 2026-00398 must never be handed out again).

CREATE TABLE diarienummer (
    prefix     VARCHAR(10) NOT NULL,
    ar         INT NOT NULL,
    lopnummer  INT NOT NULL,
    PRIMARY KEY (prefix, ar, lopnummer)
) ${tableOptions};

-- The numbers the uppdrag already carry, always stored in the canonical form "RS 2026-00412".
INSERT INTO diarienummer (prefix, ar, lopnummer)
SELECT SUBSTRING(diarienummer, 1, LOCATE(' ', diarienummer) - 1),
       CAST(SUBSTRING(diarienummer, LOCATE(' ', diarienummer) + 1, 4) AS INTEGER),
       CAST(SUBSTRING(diarienummer, LOCATE(' ', diarienummer) + 6) AS INTEGER)
FROM uppdrag
WHERE diarienummer IS NOT NULL;
