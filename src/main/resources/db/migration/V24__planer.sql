-- Plans (verksamhetsplan, budget: one to three years, adopted by a nämnd or styrelse on a date) with their målområden
-- and mål, and where an uppdrag stands in one: its plan, målområde, number in the plan ("7", "RS 1", "I"), the body
-- that gave it and its sub-items a), b) (one per line). An uppdrag decided after its plan was adopted is tillkommande.
CREATE TABLE plan (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    namn        VARCHAR(300) NOT NULL,
    fran_ar     INT NOT NULL,
    till_ar     INT NOT NULL,
    antagen     DATE,
    antagen_av  VARCHAR(300) NOT NULL,
    andrad      ${datetime} NOT NULL,
    andrad_av   VARCHAR(200) NOT NULL,
    CONSTRAINT uq_plan_namn UNIQUE (namn)
) ${tableOptions};

CREATE TABLE plan_malomrade (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id  BIGINT NOT NULL,
    ordning  INT NOT NULL,
    namn     VARCHAR(300) NOT NULL,
    CONSTRAINT fk_plan_malomrade_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
) ${tableOptions};
CREATE INDEX ix_plan_malomrade_plan ON plan_malomrade (plan_id);

CREATE TABLE plan_mal (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    malomrade_id  BIGINT NOT NULL,
    ordning       INT NOT NULL,
    text          VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_plan_mal_malomrade FOREIGN KEY (malomrade_id) REFERENCES plan_malomrade (id)
) ${tableOptions};
CREATE INDEX ix_plan_mal_malomrade ON plan_mal (malomrade_id);

ALTER TABLE uppdrag ADD COLUMN plan_id BIGINT;
ALTER TABLE uppdrag ADD COLUMN malomrade_id BIGINT;
ALTER TABLE uppdrag ADD COLUMN plannummer VARCHAR(30);
ALTER TABLE uppdrag ADD COLUMN utfardare VARCHAR(300);
ALTER TABLE uppdrag ADD COLUMN delpunkter VARCHAR(4000);
ALTER TABLE uppdrag ADD CONSTRAINT fk_uppdrag_plan FOREIGN KEY (plan_id) REFERENCES plan (id);
ALTER TABLE uppdrag ADD CONSTRAINT fk_uppdrag_malomrade FOREIGN KEY (malomrade_id) REFERENCES plan_malomrade (id);
