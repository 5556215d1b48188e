-- Issue 14, item 6: the uppföljningsrapport of a period as a work product. A compiler (sammanställare) drafts it from
-- the data and writes a summary per plan and målområde, marks it ready (its document is then kept as it stood), and the
-- report's decision-maker approves it, after which its PDF/A and XLSX are kept as approved and never change again.
CREATE TABLE periodrapport (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT NOT NULL,
    titel              VARCHAR(300) NOT NULL,
    period_fran        DATE NOT NULL,
    period_till        DATE NOT NULL,
    enhet              VARCHAR(200),
    status             VARCHAR(20) NOT NULL,
    sammanstallare_id  BIGINT NOT NULL,
    beslutsfattare_id  BIGINT NOT NULL,
    skapad             ${datetime} NOT NULL,
    klarmarkerad       ${datetime},
    godkand            ${datetime},
    aterremiss         VARCHAR(2000),
    per_dag            DATE,
    dokument           ${clob},
    pdf                ${blob},
    xlsx               ${blob},
    pdf_sha256         VARCHAR(64),
    xlsx_sha256        VARCHAR(64)
) ${tableOptions};
CREATE INDEX ix_periodrapport_status ON periodrapport (status);

CREATE TABLE periodrapport_sammanfattning (
    periodrapport_id  BIGINT NOT NULL,
    plan              VARCHAR(300) NOT NULL,
    malomrade         VARCHAR(300) NOT NULL,
    text              VARCHAR(8000) NOT NULL,
    CONSTRAINT pk_periodrapport_sammanfattning PRIMARY KEY (periodrapport_id, plan, malomrade),
    CONSTRAINT fk_periodrapport_sammanfattning FOREIGN KEY (periodrapport_id) REFERENCES periodrapport (id)
) ${tableOptions};
