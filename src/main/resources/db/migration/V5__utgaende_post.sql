-- The outbox: every notification is written here in the transaction of the change that causes it, and sent
-- afterwards by PostSandare. The unique key stops one event from being queued twice for one recipient.
CREATE TABLE utgaende_post (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    handelsenyckel   VARCHAR(200) NOT NULL,
    mottagare_epost  VARCHAR(320) NOT NULL,
    mottagare_namn   VARCHAR(300),
    person_id        BIGINT,
    typ              VARCHAR(40) NOT NULL,
    amne             VARCHAR(500) NOT NULL,
    text_html        ${clob} NOT NULL,
    text_plain       ${clob} NOT NULL,
    lank             VARCHAR(1000),
    status           VARCHAR(20) NOT NULL,
    forsok           INT NOT NULL,
    nasta_forsok     ${datetime} NOT NULL,
    senaste_fel      VARCHAR(1000),
    skapad           ${datetime} NOT NULL,
    skickad          ${datetime},
    upptagen_av      VARCHAR(100),
    upptagen_till    ${datetime},
    sammandrag_id    BIGINT,
    CONSTRAINT uq_utgaende_post UNIQUE (handelsenyckel, mottagare_epost)
) ${tableOptions};
CREATE INDEX ix_utgaende_post_status ON utgaende_post (status, nasta_forsok);
CREATE INDEX ix_utgaende_post_person ON utgaende_post (person_id, status);

-- Per person and kind of mail: immediately (DIREKT), in the daily digest (SAMMANDRAG), or not at all (AV).
CREATE TABLE notis_installning (
    person_id  BIGINT NOT NULL,
    typ        VARCHAR(40) NOT NULL,
    leverans   VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, typ),
    CONSTRAINT fk_notis_installning_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${tableOptions};
