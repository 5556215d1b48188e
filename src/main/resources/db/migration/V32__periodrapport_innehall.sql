-- A period report's kept contents get a row of their own: the document kept as JSON when it is marked ready and the
-- PDF/A and XLSX frozen when it is approved run to megabytes each for a big region, and the list of reports reads every
-- row of periodrapport. Hibernate loads a basic column lazily only with bytecode enhancement, which we do not use, so
-- the columns move out of the row the list reads instead.
CREATE TABLE periodrapport_innehall (
    periodrapport_id  BIGINT NOT NULL,
    dokument          ${clob},
    pdf               ${blob},
    xlsx              ${blob},
    CONSTRAINT pk_periodrapport_innehall PRIMARY KEY (periodrapport_id),
    CONSTRAINT fk_periodrapport_innehall FOREIGN KEY (periodrapport_id) REFERENCES periodrapport (id)
) ${tableOptions};

INSERT INTO periodrapport_innehall (periodrapport_id, dokument, pdf, xlsx)
SELECT id, dokument, pdf, xlsx FROM periodrapport
WHERE dokument IS NOT NULL OR pdf IS NOT NULL OR xlsx IS NOT NULL;

ALTER TABLE periodrapport DROP COLUMN dokument;
ALTER TABLE periodrapport DROP COLUMN pdf;
ALTER TABLE periodrapport DROP COLUMN xlsx;
