-- One-time links to set a password (a new login's first, or a reset): only the SHA-256 hash of the token is stored.
-- A row lives until it is used, replaced by a newer link of the same login, or the login is disabled.

CREATE TABLE losenordslank (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT NOT NULL,
    token_hash   CHAR(64) NOT NULL,
    skapad       ${datetime} NOT NULL,
    giltig_till  ${datetime} NOT NULL,
    CONSTRAINT uq_losenordslank_token UNIQUE (token_hash),
    CONSTRAINT fk_losenordslank_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ${tableOptions};
CREATE INDEX ix_losenordslank_user ON losenordslank (user_id);
