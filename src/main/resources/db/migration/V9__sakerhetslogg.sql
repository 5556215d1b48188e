-- The security audit log (OWASP ASVS 5.0 V16): failed logins, locks, denied access and every administrative change,
-- with who, when and from where. Rows are only ever added.

CREATE TABLE sakerhetshandelse (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tidpunkt     ${datetime} NOT NULL,
    typ          VARCHAR(40) NOT NULL,
    anvandare    VARCHAR(320),
    adress       VARCHAR(64),
    beskrivning  VARCHAR(1000) NOT NULL
) ${tableOptions};
CREATE INDEX ix_sakerhetshandelse_tidpunkt ON sakerhetshandelse (tidpunkt);
