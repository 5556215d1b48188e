-- Sign-in throttling (OWASP ASVS 5.0 V6.3): failed logins counted per account name and per client address, in the
-- database so that every node of a cluster sees the same counts. One row per key ("konto:<name>" or
-- "adress:<ip>"); a row without failures is removed again. An unknown account name gets a row too, so that the
-- application behaves the same whether the account exists or not.

CREATE TABLE inloggningsforsok (
    nyckel               VARCHAR(400) NOT NULL PRIMARY KEY,
    misslyckade          INT NOT NULL,
    forsta_misslyckade   ${datetime} NOT NULL,
    senaste_misslyckade  ${datetime} NOT NULL,
    last_till            ${datetime}
) ${tableOptions};
CREATE INDEX ix_inloggningsforsok_last_till ON inloggningsforsok (last_till);
