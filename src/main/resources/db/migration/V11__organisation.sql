-- The organisation as a tree (region -> förvaltning/koncernkontor -> avdelning/enhet) and people placed in it, with
-- the days they are active. Nobody is deleted: a person who has left is deactivated (aktiv = false) and stays in old
-- records. The free-text unit of existing people (person.enhet) is kept as it is: it is what their documents say,
-- and it is shown for as long as the person is placed in no unit of the tree (by the administrator or an import).

CREATE TABLE enhet (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    namn           VARCHAR(200) NOT NULL,
    kod            VARCHAR(40) NOT NULL,
    typ            VARCHAR(20) NOT NULL,
    overordnad_id  BIGINT,
    aktiv          BOOLEAN NOT NULL,
    CONSTRAINT fk_enhet_overordnad FOREIGN KEY (overordnad_id) REFERENCES enhet (id)
) ${tableOptions};
CREATE UNIQUE INDEX uq_enhet_kod ON enhet (kod);

ALTER TABLE person ADD COLUMN enhet_id BIGINT;
ALTER TABLE person ADD COLUMN aktiv_fran DATE;
ALTER TABLE person ADD COLUMN aktiv_till DATE;
ALTER TABLE person ADD COLUMN aktiv BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE person ADD CONSTRAINT fk_person_enhet FOREIGN KEY (enhet_id) REFERENCES enhet (id);
CREATE INDEX ix_person_aktiv_namn ON person (aktiv, namn);
