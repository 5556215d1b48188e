-- Attachments of outgoing mail (the uppdragshandling as PDF on the distribution): stored once, referred to by
-- every mail of the distribution. And an index for the follow-up report and the unit overview, which read
-- the decided uppdrag of one unit.
CREATE TABLE utgaende_bilaga (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    filnamn   VARCHAR(300) NOT NULL,
    mediatyp  VARCHAR(100) NOT NULL,
    innehall  ${blob} NOT NULL,
    skapad    ${datetime} NOT NULL
) ${tableOptions};

ALTER TABLE utgaende_post ADD COLUMN bilaga_id BIGINT;
ALTER TABLE utgaende_post ADD CONSTRAINT fk_utgaende_post_bilaga FOREIGN KEY (bilaga_id) REFERENCES utgaende_bilaga (id);

CREATE INDEX ix_uppdrag_enhet_beslut ON uppdrag (enhet, beslutsdatum);
