-- Issue 14, item 4: indicators per mål of a plan, quantitative (a unit, a target per year, higher or lower is better)
-- or qualitative (answered Ja / Delvis / Nej), with the target and the outcome of each year.
CREATE TABLE plan_indikator (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    mal_id    BIGINT NOT NULL,
    namn      VARCHAR(300) NOT NULL,
    slag      VARCHAR(20) NOT NULL,
    enhet     VARCHAR(50),
    riktning  VARCHAR(20) NOT NULL,
    andrad    ${datetime} NOT NULL,
    andrad_av VARCHAR(200) NOT NULL,
    CONSTRAINT fk_plan_indikator_mal FOREIGN KEY (mal_id) REFERENCES plan_mal (id)
) ${tableOptions};
CREATE INDEX ix_plan_indikator_mal ON plan_indikator (mal_id);

CREATE TABLE plan_indikator_ar (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    indikator_id  BIGINT NOT NULL,
    ar            INT NOT NULL,
    malvarde      DECIMAL(19, 4),
    utfall        DECIMAL(19, 4),
    svar          VARCHAR(10),
    kommentar     VARCHAR(2000),
    CONSTRAINT fk_plan_indikator_ar FOREIGN KEY (indikator_id) REFERENCES plan_indikator (id),
    CONSTRAINT uq_plan_indikator_ar UNIQUE (indikator_id, ar)
) ${tableOptions};
