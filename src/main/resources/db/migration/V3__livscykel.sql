-- The uppdrag's life: follow-up schedule, the date it must report back by, and what it was before a pause;
-- the timeline, version snapshots, review answers, status reports and the final report with attachments.

ALTER TABLE uppdrag ADD COLUMN statusrapportering VARCHAR(10) DEFAULT 'HALVAR' NOT NULL;
ALTER TABLE uppdrag ADD COLUMN aterredovisas_senast DATE;
ALTER TABLE uppdrag ADD COLUMN status_fore_paus VARCHAR(30);
ALTER TABLE uppdrag ADD COLUMN process_id VARCHAR(64);
ALTER TABLE uppdrag ADD COLUMN ersatt_av_id BIGINT;
CREATE INDEX ix_uppdrag_aterredovisas ON uppdrag (aterredovisas_senast);

CREATE TABLE uppdrag_handelse (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    uppdrag_id  BIGINT NOT NULL,
    tidpunkt    ${datetime} NOT NULL,
    person_id   BIGINT,
    typ         VARCHAR(40) NOT NULL,
    kommentar   TEXT,
    version     INT,
    CONSTRAINT fk_handelse_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id)
) ${tableOptions};
CREATE INDEX ix_handelse_uppdrag ON uppdrag_handelse (uppdrag_id, tidpunkt);

CREATE TABLE uppdrag_version (
    uppdrag_id  BIGINT NOT NULL,
    nummer      INT NOT NULL,
    skapad      ${datetime} NOT NULL,
    anledning   VARCHAR(40) NOT NULL,
    innehall    ${clob} NOT NULL,
    PRIMARY KEY (uppdrag_id, nummer),
    CONSTRAINT fk_version_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id)
) ${tableOptions};

CREATE TABLE uppdrag_remissvar (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    uppdrag_id  BIGINT NOT NULL,
    version     INT NOT NULL,
    person_id   BIGINT NOT NULL,
    svar        VARCHAR(20) NOT NULL,
    kommentar   TEXT,
    tidpunkt    ${datetime} NOT NULL,
    CONSTRAINT fk_remissvar_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id)
) ${tableOptions};
CREATE INDEX ix_remissvar_uppdrag ON uppdrag_remissvar (uppdrag_id, version);

CREATE TABLE uppdrag_statusrapport (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    uppdrag_id  BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    tidpunkt    ${datetime} NOT NULL,
    ljus        VARCHAR(10) NOT NULL,
    trend       VARCHAR(10) NOT NULL,
    kommentar   TEXT NOT NULL,
    CONSTRAINT fk_statusrapport_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id)
) ${tableOptions};
CREATE INDEX ix_statusrapport_uppdrag ON uppdrag_statusrapport (uppdrag_id, tidpunkt);

CREATE TABLE uppdrag_slutrapport (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    uppdrag_id  BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    tidpunkt    ${datetime} NOT NULL,
    rapport_text TEXT NOT NULL,
    CONSTRAINT fk_slutrapport_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id)
) ${tableOptions};

CREATE TABLE uppdrag_bilaga (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    slutrapport_id  BIGINT NOT NULL,
    filnamn         VARCHAR(300) NOT NULL,
    mimetyp         VARCHAR(200) NOT NULL,
    storlek         BIGINT NOT NULL,
    innehall        ${blob} NOT NULL,
    CONSTRAINT fk_bilaga_slutrapport FOREIGN KEY (slutrapport_id) REFERENCES uppdrag_slutrapport (id)
) ${tableOptions};
