-- The person directory, logins, the diarium series and the uppdragshandling with all its sections.
-- Portable between H2 (embedded default, tests) and MariaDB; ${tableOptions} adds utf8mb4 on MariaDB.

CREATE TABLE person (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    namn        VARCHAR(200) NOT NULL,
    titel       VARCHAR(300),
    enhet       VARCHAR(300),
    epost       VARCHAR(320)
) ${tableOptions};
CREATE INDEX ix_person_namn ON person (namn);

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    person_id     BIGINT NOT NULL,
    enabled       BOOLEAN NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${tableOptions};

CREATE TABLE app_user_role (
    user_id BIGINT NOT NULL,
    roll    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, roll),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${tableOptions};

CREATE TABLE diarieserie (
    prefix   VARCHAR(10) NOT NULL,
    ar       INT NOT NULL,
    senaste  INT NOT NULL,
    PRIMARY KEY (prefix, ar)
) ${tableOptions};

CREATE TABLE uppdrag (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT NOT NULL,
    status               VARCHAR(30) NOT NULL,
    organisation         VARCHAR(300) NOT NULL,
    enhet                VARCHAR(300),
    datum                DATE NOT NULL,
    diarienummer         VARCHAR(30),
    titel                VARCHAR(500) NOT NULL,
    agare_id             BIGINT NOT NULL,
    uppdragstagare_id    BIGINT,
    ersatter_uppdrag_id  BIGINT,
    ersatter_benamning   VARCHAR(500),
    ersatter_datum       DATE,
    beskrivning          TEXT,
    arbetsgrupp_notering TEXT,
    samband_text         TEXT,
    kommunikation        TEXT,
    prioritet            VARCHAR(500),
    slutleverans         DATE,
    finansiering_text    TEXT,
    finansiering_belopp  DECIMAL(15, 2),
    rapportering_till    TEXT,
    beslutsdatum         DATE,
    beslutad_av          VARCHAR(500),
    skapad               ${datetime} NOT NULL,
    andrad               ${datetime} NOT NULL,
    andrad_av            VARCHAR(200) NOT NULL,
    CONSTRAINT uq_uppdrag_diarienummer UNIQUE (diarienummer),
    CONSTRAINT fk_uppdrag_agare FOREIGN KEY (agare_id) REFERENCES person (id),
    CONSTRAINT fk_uppdrag_uppdragstagare FOREIGN KEY (uppdragstagare_id) REFERENCES person (id),
    CONSTRAINT fk_uppdrag_ersatter FOREIGN KEY (ersatter_uppdrag_id) REFERENCES uppdrag (id)
) ${tableOptions};
CREATE INDEX ix_uppdrag_status_datum ON uppdrag (status, datum);
CREATE INDEX ix_uppdrag_datum ON uppdrag (datum);
CREATE INDEX ix_uppdrag_titel ON uppdrag (titel);
CREATE INDEX ix_uppdrag_slutleverans ON uppdrag (slutleverans);
CREATE INDEX ix_uppdrag_andrad ON uppdrag (andrad);

CREATE TABLE uppdrag_uppdragsgivare (
    uppdrag_id BIGINT NOT NULL,
    ordning    INT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (uppdrag_id, ordning),
    CONSTRAINT fk_uppdragsgivare_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id),
    CONSTRAINT fk_uppdragsgivare_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${tableOptions};

CREATE TABLE uppdrag_innefattar (
    uppdrag_id BIGINT NOT NULL,
    ordning    INT NOT NULL,
    rad_text   VARCHAR(2000) NOT NULL,
    PRIMARY KEY (uppdrag_id, ordning),
    CONSTRAINT fk_innefattar_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id)
) ${tableOptions};

CREATE TABLE uppdrag_ska (
    uppdrag_id BIGINT NOT NULL,
    ordning    INT NOT NULL,
    rad_text   VARCHAR(2000) NOT NULL,
    PRIMARY KEY (uppdrag_id, ordning),
    CONSTRAINT fk_ska_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id)
) ${tableOptions};

CREATE TABLE uppdrag_arbetsgrupp (
    uppdrag_id      BIGINT NOT NULL,
    ordning         INT NOT NULL,
    person_id       BIGINT NOT NULL,
    roll            VARCHAR(500),
    projektledare   BOOLEAN NOT NULL,
    sammanstallande BOOLEAN NOT NULL,
    PRIMARY KEY (uppdrag_id, ordning),
    CONSTRAINT fk_arbetsgrupp_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id),
    CONSTRAINT fk_arbetsgrupp_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${tableOptions};

CREATE TABLE uppdrag_samband (
    uppdrag_id         BIGINT NOT NULL,
    ordning            INT NOT NULL,
    lankat_uppdrag_id  BIGINT NOT NULL,
    PRIMARY KEY (uppdrag_id, ordning),
    CONSTRAINT fk_samband_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id),
    CONSTRAINT fk_samband_lankat FOREIGN KEY (lankat_uppdrag_id) REFERENCES uppdrag (id)
) ${tableOptions};

CREATE TABLE uppdrag_aktivitet (
    uppdrag_id   BIGINT NOT NULL,
    ordning      INT NOT NULL,
    namn         VARCHAR(500) NOT NULL,
    startdatum   DATE NOT NULL,
    slutdatum    DATE NOT NULL,
    manadsperiod BOOLEAN NOT NULL,
    ansvarig_id  BIGINT,
    PRIMARY KEY (uppdrag_id, ordning),
    CONSTRAINT fk_aktivitet_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id),
    CONSTRAINT fk_aktivitet_ansvarig FOREIGN KEY (ansvarig_id) REFERENCES person (id)
) ${tableOptions};

CREATE TABLE uppdrag_beslutsfattare (
    uppdrag_id     BIGINT NOT NULL,
    ordning        INT NOT NULL,
    person_id      BIGINT NOT NULL,
    beslutar_ensam BOOLEAN NOT NULL,
    PRIMARY KEY (uppdrag_id, ordning),
    CONSTRAINT fk_beslutsfattare_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id),
    CONSTRAINT fk_beslutsfattare_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${tableOptions};

CREATE TABLE uppdrag_mottagare (
    uppdrag_id BIGINT NOT NULL,
    ordning    INT NOT NULL,
    lista      VARCHAR(20) NOT NULL,
    person_id  BIGINT,
    epost      VARCHAR(320),
    namn       VARCHAR(300),
    notering   VARCHAR(500),
    PRIMARY KEY (uppdrag_id, ordning),
    CONSTRAINT fk_mottagare_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id),
    CONSTRAINT fk_mottagare_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${tableOptions};

-- Everyone who may read an uppdrag (owner, uppdragsgivare, uppdragstagare, arbetsgrupp,
-- beslutsfattare, distribution); kept by the service on every save so that the list
-- of "my uppdrag" is one indexed lookup even with 100 000 uppdrag.
CREATE TABLE uppdrag_deltagare (
    uppdrag_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (uppdrag_id, person_id),
    CONSTRAINT fk_deltagare_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id),
    CONSTRAINT fk_deltagare_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${tableOptions};
CREATE INDEX ix_deltagare_person ON uppdrag_deltagare (person_id, uppdrag_id);
