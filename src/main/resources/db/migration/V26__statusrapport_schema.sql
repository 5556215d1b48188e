-- The status report schedule as the administrator keeps it: the dates (MM-dd) on which each cadence (HALVAR, KVARTAL,
-- TERTIAL) asks for a status report. A cadence without rows takes the dates configured in uppdrag.statusrapport.*
-- (the seed), so a region's configured dates hold until an administrator saves others (decision 0017).
CREATE TABLE statusrapport_datum (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    rapportering  VARCHAR(10) NOT NULL,
    datum         CHAR(5) NOT NULL,
    andrad        ${datetime} NOT NULL,
    andrad_av     VARCHAR(200) NOT NULL,
    CONSTRAINT uq_statusrapport_datum UNIQUE (rapportering, datum)
) ${tableOptions};
