-- Absences (frånvaro) with a substitute (ersättare): while a person is away, the tasks they hold (open ones when the
-- absence begins, new ones as they come) go to the substitute and come back when it ends. A row is never removed: an
-- absence ended early keeps its row with its new end date, so that it stays known who stood in for whom and when.
CREATE TABLE franvaro (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT NOT NULL,
    ersattare_id    BIGINT NOT NULL,
    fran            DATE NOT NULL,
    till            DATE NOT NULL,
    registrerad_av  BIGINT NOT NULL,
    registrerad     ${datetime} NOT NULL,
    CONSTRAINT fk_franvaro_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_franvaro_ersattare FOREIGN KEY (ersattare_id) REFERENCES person (id)
) ${tableOptions};
CREATE INDEX ix_franvaro_person ON franvaro (person_id, till);
CREATE INDEX ix_franvaro_period ON franvaro (fran, till);
