-- The delegationsordning: who may decide uppdrag of which unit (and the units under it), optionally only of one kind
-- (a new uppdrag or a revision) and up to an amount in kr, for a period. And every decision taken under it, written
-- when the uppdrag is fastställt, for the anmälan to the body that delegated: the rule is copied as text too, so the
-- record still says what was delegated after the rule has ended.

CREATE TABLE delegationsregel (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    delegat_id    BIGINT NOT NULL,
    enhet_id      BIGINT NOT NULL,
    uppdragsslag  VARCHAR(20),
    beloppsgrans  DECIMAL(15, 2),
    giltig_fran   DATE NOT NULL,
    giltig_till   DATE,
    andrad        ${datetime} NOT NULL,
    andrad_av     VARCHAR(200) NOT NULL,
    CONSTRAINT fk_delegationsregel_delegat FOREIGN KEY (delegat_id) REFERENCES person (id),
    CONSTRAINT fk_delegationsregel_enhet FOREIGN KEY (enhet_id) REFERENCES enhet (id)
) ${tableOptions};
CREATE INDEX ix_delegationsregel_delegat ON delegationsregel (delegat_id);

CREATE TABLE delegationsbeslut (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    uppdrag_id      BIGINT NOT NULL,
    diarienummer    VARCHAR(30),
    titel           VARCHAR(500) NOT NULL,
    beslutsdatum    DATE NOT NULL,
    delegat_id      BIGINT NOT NULL,
    beslutad_av     VARCHAR(500),
    regel_id        BIGINT,
    regel_enhet_id  BIGINT,
    regel_text      VARCHAR(500),
    registrerad     ${datetime} NOT NULL,
    CONSTRAINT fk_delegationsbeslut_uppdrag FOREIGN KEY (uppdrag_id) REFERENCES uppdrag (id),
    CONSTRAINT fk_delegationsbeslut_delegat FOREIGN KEY (delegat_id) REFERENCES person (id),
    CONSTRAINT fk_delegationsbeslut_regel FOREIGN KEY (regel_id) REFERENCES delegationsregel (id),
    CONSTRAINT fk_delegationsbeslut_enhet FOREIGN KEY (regel_enhet_id) REFERENCES enhet (id)
) ${tableOptions};
CREATE INDEX ix_delegationsbeslut_datum ON delegationsbeslut (beslutsdatum);
CREATE INDEX ix_delegationsbeslut_uppdrag ON delegationsbeslut (uppdrag_id);
